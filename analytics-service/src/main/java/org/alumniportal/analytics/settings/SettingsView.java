package org.alumniportal.analytics.settings;

import java.util.List;
import java.util.Map;

/** Every setting: {@code values} for programs ({@code key → typed value}), {@code settings} with the details. */
record SettingsView(Map<String, Object> values, List<SettingView> settings) {
}
