/** The floating button's label (and the preferences' heading, `settings`): in the head script. */
export default 'Cookieindstillinger';
