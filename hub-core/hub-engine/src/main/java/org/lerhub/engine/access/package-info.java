/**
 * Who is calling, in the hub's terms (role, organization, email), independent of how they signed in; every
 * identity provider is turned into the same authorities.
 */
package org.lerhub.engine.access;
