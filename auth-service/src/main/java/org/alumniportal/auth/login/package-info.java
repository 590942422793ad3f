/**
 * Login (password grant), refresh and logout: token responses keep their RFC 6749 names; unverified
 * accounts are refused only after the password proved who is asking; logout ends the Keycloak session.
 */
package org.alumniportal.auth.login;
