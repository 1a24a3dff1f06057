/** What all pages share: sign-in, the signed-in user and the current path for the navigation, language, dates, downloads. */
package org.lerhub.admin.site;
