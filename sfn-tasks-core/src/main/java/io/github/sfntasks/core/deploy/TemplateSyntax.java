package io.github.sfntasks.core.deploy;

import io.github.sfntasks.api.ApiStatus;

/** The syntax a deployment template is written in. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public enum TemplateSyntax {
    /** JSON, pretty-printed. */
    JSON,
    /** Block-style YAML; every string double-quoted, intrinsic functions in their long form ({@code Fn::Sub:}). */
    YAML
}
