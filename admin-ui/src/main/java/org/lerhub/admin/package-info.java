/**
 * The admin UI: server-rendered pages for learners, employers and agency admins. Packages mirror the
 * features, and templates mirror the packages ({@code templates/home/…}). All text is in message bundles.
 */
package org.lerhub.admin;
