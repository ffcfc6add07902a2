/** The report workflow as plain Java: states, actions, capacities and the transition table. Other modules may use it (a named interface). */
@NamedInterface("workflow")
package org.roadmapmonitor.reporting.workflow;

import org.springframework.modulith.NamedInterface;
