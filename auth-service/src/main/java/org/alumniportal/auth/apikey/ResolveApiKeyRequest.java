package org.alumniportal.auth.apikey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ResolveApiKeyRequest(@NotBlank @Size(max = 200) String apiKey) {

    @Override
    public String toString() {
        return "ResolveApiKeyRequest[apiKey=***]";
    }
}
