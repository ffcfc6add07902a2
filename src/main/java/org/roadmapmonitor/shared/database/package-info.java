/** Where the data lives: the external PostgreSQL server or the embedded default. */
package org.roadmapmonitor.shared.database;
