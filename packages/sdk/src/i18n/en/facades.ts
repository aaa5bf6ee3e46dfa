/**
 * English texts of the click-to-load chat button and the embeds' placeholder (in
 * cookiegate-chat.js); `%s` is the service's name.
 */
export default {
  chat: 'Chat with us',
  embed:
    'The content from %s is not shown until you allow it: %s can then set cookies and see that you visit this page.',
  once: 'Show this once',
  always: 'Always allow %s',
};
