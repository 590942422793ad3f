/**
 * The forum (SPEC phase 5): posts with tags, threaded comments, likes, pinning; lists served from memory.
 */
package org.alumniportal.community.forum;
