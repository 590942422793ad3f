package org.alumniportal.notification.mail;

import java.util.Locale;
import java.util.Map;

import org.alumniportal.notification.notification.NotificationType;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from {@code templates/mail/<type>.html} and {@code .txt} (one pair per notification type,
 * sharing the layout fragments in {@code templates/mail/layout.html}). Its own engine rather than the web
 * one: mails need a TEXT resolver beside the HTML one, and nothing here is a web view.
 */
@Component
class MailTemplates {

    /** A rendered mail. */
    record RenderedMail(String subject, String html, String text) {
    }

    // Spring's engine: expressions in SpEL (the plain engine needs OGNL, which is not on the classpath).
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    RenderedMail render(NotificationType type, String subject, Map<String, Object> variables) {
        return render("mail/" + type.name().toLowerCase(Locale.ROOT), subject, variables);
    }

    /** @param name the template pair's path under {@code templates/} without extension */
    RenderedMail render(String name, String subject, Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH, variables);
        return new RenderedMail(subject, engine.process(name + ".html", context),
                engine.process(name + ".txt", context));
    }
}
