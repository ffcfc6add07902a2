/**
 * The frame around every page (layout, language, demo banner, home page), the one place where errors
 * become RFC 7807 problems or friendly pages, and the period explorer.
 */
package org.roadmapmonitor.web;
