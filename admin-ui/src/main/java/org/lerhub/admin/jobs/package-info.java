/** Long operations started from pages, run in the background, with a page that shows their progress. */
package org.lerhub.admin.jobs;
