package org.alumniportal.community.forum;

import java.util.Optional;

import org.alumniportal.community.content.ContentType;
import org.alumniportal.community.content.ModeratedContent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Posts and comments as moderation sees them. */
@Configuration(proxyBeanMethods = false)
class ForumContent {

    @Bean
    ModeratedContent moderatedPosts(ForumService forum) {
        return new ModeratedContent() {
            @Override
            public ContentType type() {
                return ContentType.POST;
            }

            @Override
            public Optional<String> authorOf(String id) {
                return forum.find(id).map(Post::authorId);
            }

            @Override
            public boolean remove(String id) {
                return forum.removePost(id);
            }
        };
    }

    @Bean
    ModeratedContent moderatedComments(ForumService forum) {
        return new ModeratedContent() {
            @Override
            public ContentType type() {
                return ContentType.COMMENT;
            }

            @Override
            public Optional<String> authorOf(String id) {
                return forum.findComment(id).map(Comment::authorId);
            }

            @Override
            public boolean remove(String id) {
                return forum.removeComment(id);
            }
        };
    }

}
