/**
 * Knowledge capsules (SPEC phase 9): short lessons by alumni, with views counted once per person and day, likes,
 * featuring by admins, and a trending list where recent engagement outweighs old.
 */
package org.alumniportal.community.capsule;
