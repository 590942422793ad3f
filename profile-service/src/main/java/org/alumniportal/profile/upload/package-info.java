/**
 * CV and photo uploads through the starter's FileStore/FileTypes, and authorised downloads: a CV is readable by
 * its owner, admins, and posters of jobs the owner applied to (grants fed by {@code application.submitted.v1}).
 */
package org.alumniportal.profile.upload;
