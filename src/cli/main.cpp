// archive: the command-line front end. Flags in, library calls out; the work is in the library (batch.cpp).
#include "archive/archive.hpp"
#include "archive/batch.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <cerrno>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

std::atomic<bool> stop_requested{false};
volatile std::sig_atomic_t stop_signal = 0;

extern "C" void on_stop_signal(int sig) {
    if (stop_requested.load()) { // a second ^C: give up now (a rerun removes the temporary files)
        std::signal(sig, SIG_DFL);
        std::raise(sig);
        return;
    }
    stop_signal = sig;
    stop_requested.store(true);
}

/// With -o, ^C and kill finish the files being written and stop; signals ignored by the parent (nohup) stay so.
void install_stop_handlers() {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        struct sigaction sa {};
        sa.sa_handler = on_stop_signal;
        sigemptyset(&sa.sa_mask);
        ::sigaction(sig, &sa, nullptr);
    }
}

int usage_error(const std::string& why) {
    std::cerr << "archive: error: " << why << "\nRun with --help for more information.\n";
    return 2;
}

/// Standard output refused a write (full disk, closed, a reader gone with SIGPIPE ignored): said, exit status 1.
int output_error(const std::string& why) {
    std::cerr << "archive: error: cannot write standard output: " << why << '\n';
    return 1;
}

/// Opens /dev/null on whichever of fds 0-2 the caller left closed, before anything else opens a file: otherwise
/// the first files opened would take those numbers and messages for stderr could land in an output. The mode is the
/// opposite of the stream's use (as gnulib's stdopen does), so that writing to a closed stdout still fails and is
/// reported rather than silently discarded.
bool reopen_closed_standard_fds() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        int got = ::open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
        if (got != fd) {
            if (got >= 0)
                ::close(got);
            return false;
        }
    }
    return true;
}

bool is_directory(const std::string& path) {
    struct stat st {};
    return path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace

int main(int argc, char** argv) {
    if (!reopen_closed_standard_fds())
        return 1;
    std::ios::sync_with_stdio(false);

    CLI::App app{"Turns news pages saved as text into JSON article records (one record per page).", "archive"};
    app.footer("Examples:\n"
               "  archive page.txt | jq -r .headline\n"
               "  archive -j2 pages/ > records.jsonl\n"
               "  archive -o records/ pages/            (rerun: only new or changed pages are converted)\n"
               "  jq -c '{id: .url, text: .body}' dump.jsonl | archive --jsonl-in\n"
               "Exit status: 0 all converted, 1 some input failed (the others are still written), 2 usage error.");
    app.set_version_flag("--version", "archive " + std::string(archive::version()));

    std::vector<std::string> inputs;
    archive::BatchOptions options;
    bool compact = false;
    bool schema = false;
    bool jsonl_in = false;
    bool progress = false;
    bool no_progress = false;
    std::string out_dir;

    app.add_option("inputs", inputs,
                   "FILE, DIR or - (standard input). One FILE or - prints a pretty record; several inputs or a DIR "
                   "print one compact record per line (JSON Lines), in order");
    app.add_flag("--compact", compact, "one line of JSON instead of indented JSON");
    app.add_flag("--schema", schema, "print the JSON Schema (draft 2020-12) of the records and exit");
    auto* out_option = app.add_option("-o,--output-dir", out_dir,
                                      "mirror the inputs as pretty JSON files here instead of stdout: DIR/a/b.txt -> "
                                      "OUTDIR/a/b.json; with several DIRs each keeps its last name: DIR/a/b.txt -> "
                                      "OUTDIR/DIR/a/b.json")
                           ->type_name("OUTDIR");
    app.add_option("-j,--jobs", options.jobs, "parallel workers (default: all hardware threads)")
        ->check(CLI::Range(0u, 1024u).description(""))
        ->type_name("N");
    app.add_option("--glob", options.glob, "file names to take from folders (fnmatch pattern)")
        ->type_name("PATTERN")
        ->capture_default_str();
    app.add_flag("--force", options.force, "with -o: rewrite outputs that are already up to date");
    app.add_flag("--fsync", options.fsync, "with -o: fsync every output before renaming it into place");
    app.add_option("--max-bytes", options.max_bytes, "larger inputs fail without being read (suffixes K, M, G)")
        ->capture_default_str()
        ->transform(CLI::AsSizeValue(false).description(""))
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 40).description(""))
        ->type_name("BYTES");
    auto* on = app.add_flag("--progress", progress, "draw a progress bar on stderr (default: when it is a terminal)");
    auto* off = app.add_flag("--no-progress", no_progress, "never draw the progress bar");
    on->excludes(off);
    app.add_flag("--jsonl-in", jsonl_in,
                 "read lines {\"id\": ..., \"text\": ...} on stdin, write one record per line with input.path = id");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }

    if (out_option->count() > 0 && out_dir.empty()) // `-o "$OUT"` with OUT unset must not fall back to stdout
        return usage_error("--output-dir: empty folder name");

    if (schema) {
        std::string s(archive::json_schema());
        if (s.empty() || s.back() != '\n')
            s += '\n';
        if (std::string why = archive::write_and_flush(std::cout, s); !why.empty())
            return output_error(why);
        return 0;
    }
    options.progress = progress || (!no_progress && ::isatty(2) == 1);
    options.stop = &stop_requested;

    try {
        if (jsonl_in) {
            if (!inputs.empty())
                return usage_error("--jsonl-in reads standard input only: no FILE or DIR arguments");
            if (!out_dir.empty())
                return usage_error("--jsonl-in writes to standard output: -o is not supported");
            archive::BatchCounts counts = archive::run_jsonl(options, 0, std::cout, std::cerr);
            if (!counts.output_error.empty())
                output_error(counts.output_error);
            std::cerr << archive::summary_line(counts) << '\n';
            return counts.failed != 0 || !counts.output_error.empty() ? 1 : 0;
        }

        if (inputs.empty()) {
            if (::isatty(0) == 1)
                return usage_error("no input: give FILE, DIR or - (standard input)");
            inputs.emplace_back("-");
        }
        if (std::count(inputs.begin(), inputs.end(), "-") > 1)
            return usage_error("standard input (-) can be read only once");
        if (!out_dir.empty() && std::find(inputs.begin(), inputs.end(), "-") != inputs.end())
            return usage_error("standard input (-) cannot be mirrored into -o OUTDIR");

        if (inputs.size() == 1 && out_dir.empty() && !is_directory(inputs[0])) {
            const std::string& path = inputs[0];
            try {
                archive::Article article = archive::parse(archive::read_input(path, options.max_bytes), path);
                if (std::string why = archive::write_and_flush(std::cout, archive::to_json(article, !compact));
                    !why.empty())
                    return output_error(why);
                return 0;
            } catch (const archive::Error& e) {
                std::cerr << archive::escaped_path(path, true) << ": error: " << e.what() << '\n';
                return 1;
            }
        }

        options.inputs = inputs;
        if (!out_dir.empty()) {
            options.out_dir = out_dir;
            install_stop_handlers();
        }
        archive::BatchCounts counts = archive::run_batch(options, std::cout, std::cerr);
        if (counts.output_error.empty())
            counts.output_error = archive::write_and_flush(std::cout, {});
        if (!counts.output_error.empty())
            output_error(counts.output_error);
        std::cerr << archive::summary_line(counts) << '\n';
        if (counts.interrupted && stop_signal != 0) {
            std::signal(stop_signal, SIG_DFL); // die of the signal, as the caller expects
            std::raise(stop_signal);
        }
        return counts.failed != 0 || !counts.output_error.empty() ? 1 : 0;
    } catch (const std::exception& e) {
        std::cerr << "archive: error: " << e.what() << '\n';
        return 1;
    }
}
