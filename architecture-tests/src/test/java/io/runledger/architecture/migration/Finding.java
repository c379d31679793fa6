package io.runledger.architecture.migration;

/** One problem in one migration file; {@code line} is 0 for problems of the file set, such as naming. */
record Finding(String file, int line, String problem) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }
}
