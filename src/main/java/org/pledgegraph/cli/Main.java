package org.pledgegraph.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pledgegraph} command: one subcommand per verb. */
@Command(name = "pledgegraph",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of corporate pledges from news coverage and serves it with SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code: all went well. */
    public static final int OK = 0;
    /** Exit code: some input had errors (the rest was still processed), or the command failed. */
    public static final int FAILED = 1;
    /** Exit code: the command line was wrong. */
    public static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line {@code args} with the given writers and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof UsageException) {
                e.println("pledgegraph: " + ex.getMessage());
                e.println("Try 'pledgegraph " + commandLine.getCommandName() + " --help'.");
                return USAGE;
            }
            // An unexpected failure: say what happened in one line; the stack trace is not for users.
            e.println("pledgegraph: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return FAILED;
        });
        return cl.execute(args);
    }

    /** Prints the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"pledgegraph " + (v == null ? "(development build)" : v)};
        }
    }
}
