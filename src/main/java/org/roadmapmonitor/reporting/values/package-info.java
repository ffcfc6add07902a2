/** Reported values as plain Java: value input, disaggregation keys and the checks every value passes. Other modules may use it (a named interface). */
@NamedInterface("values")
package org.roadmapmonitor.reporting.values;

import org.springframework.modulith.NamedInterface;
