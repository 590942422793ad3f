package org.alumniportal.profile.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRows data rows per file (larger files are refused whole: split them)
 * @param maxFileSize size cap of the uploaded CSV (the servlet's multipart limit is higher)
 * @param mailFrom sender of the invitation mails
 * @param frontendOrigin the web app the invitation links to; may be the gateway's comma-separated CORS list
 */
@ConfigurationProperties("portal.importing")
record ImportProperties(@DefaultValue("10000") int maxRows, @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("no-reply@alumni-portal.local") String mailFrom,
        @DefaultValue("http://localhost:3000") String frontendOrigin) {

    String registerLink() {
        String origin = frontendOrigin.split(",")[0].strip();
        return (origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin) + "/register";
    }
}
