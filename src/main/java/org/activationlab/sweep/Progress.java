package org.activationlab.sweep;

/** Receives progress from a long experiment; the CLI shows a bar, the library default shows nothing. */
public interface Progress {
    /** Announces {@code total} units of work (e.g. trainings) about to start. */
    void start(String task, long total);

    /** One unit done. */
    void step();

    /** The task finished. */
    void done();

    /** Shows nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void step() {
        }

        @Override
        public void done() {
        }
    };
}
