package org.alumniportal.notification.notification;

import java.util.List;

/** A page of notifications, in the portal's paging shape. */
record NotificationPage(List<NotificationView> items, int page, int size, long totalElements, long totalPages) {
}
