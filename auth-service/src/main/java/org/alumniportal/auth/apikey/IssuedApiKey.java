package org.alumniportal.auth.apikey;

/** The answer to issuing a key: the only time {@code apiKey} is ever shown. */
record IssuedApiKey(String apiKey, ApiKeySummary key) {

    @Override
    public String toString() {
        return "IssuedApiKey[key=" + key + "]";
    }
}
