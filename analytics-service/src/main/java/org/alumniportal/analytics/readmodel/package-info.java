/**
 * The population as analytics knows it: in-memory read models fed by every topic from offset 0, so a restart
 * or a rebuild reproduces them; every other feature reads them and never the topics.
 */
package org.alumniportal.analytics.readmodel;
