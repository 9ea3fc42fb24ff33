"""Where the pipeline runs: this machine's cores (``gestae.pipeline``) or a Ray cluster
(``gestae.engines.ray_engine``). Every engine codes a document with the same pipeline, so the
events do not depend on the engine."""

ENGINES = ("local", "ray")
