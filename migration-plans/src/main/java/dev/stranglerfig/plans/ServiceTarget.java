package dev.stranglerfig.plans;

import java.net.URI;

/** The extracted service that takes over a context's endpoints. */
public record ServiceTarget(String name, URI url) {
}
