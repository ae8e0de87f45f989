/**
 * Pictures of a state machine, drawn the way the Step Functions console draws one: a
 * {@link io.github.sfntasks.core.diagram.StateGraph} read from a rendered ASL definition, drawn as a
 * {@link io.github.sfntasks.core.diagram.MermaidDiagram Mermaid flowchart} or a
 * {@link io.github.sfntasks.core.diagram.DotDiagram Graphviz DOT digraph}, and turned into SVG by
 * {@link io.github.sfntasks.core.diagram.Graphviz} when Graphviz is installed. The CLI's {@code graph} command
 * and the Maven plugin's {@code graph} goal use this package.
 *
 * <pre>{@code
 * ObjectNode definition = machine.definition(RenderContext.cloudFormation());
 * String mermaid = MermaidDiagram.of(definition);
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
package io.github.sfntasks.core.diagram;

import io.github.sfntasks.api.ApiStatus;
