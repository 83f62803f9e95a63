package org.pledgegraph.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Checks a password file before Jetty reads it, so that a mistake is reported in one clear line. The format is
 * Jetty's (and Fuseki's): a Java properties file with one {@code user: password} line per user, optionally
 * followed by {@code ,role} entries; the password may be plain or in one of Jetty's credential forms
 * ({@code MD5:...}, {@code CRYPT:...}, {@code OBF:...}). Lines starting with {@code #} are comments.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    /**
     * Returns the number of users in {@code file}.
     *
     * @throws IllegalArgumentException if the file is missing, unreadable, empty, or has a user without a password
     */
    static int check(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("password file " + file + " does not exist or cannot be read");
        }
        Properties users = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            users.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("password file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("password file " + file + " has no users: write one 'user: password'"
                    + " line per user");
        }
        for (String user : users.stringPropertyNames()) {
            String value = users.getProperty(user).strip();
            int comma = value.indexOf(',');
            String password = (comma < 0 ? value : value.substring(0, comma)).strip();
            if (user.isBlank() || password.isEmpty()) {
                throw new IllegalArgumentException("password file " + file + ": user \"" + user
                        + "\" has no password; write 'user: password'");
            }
        }
        return users.size();
    }
}
