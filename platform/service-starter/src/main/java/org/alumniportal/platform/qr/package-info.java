/** QR codes as PNG images (ZXing), drawn the same way for every service that hands one out. */
package org.alumniportal.platform.qr;
