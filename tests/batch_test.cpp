// Batch mode (batch.cpp): folder walking, ordered parallel output, mirrored atomic writes, JSON Lines in.
// Batch is about files, so these tests work in a temporary folder of their own.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "archive/batch.hpp"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

/// A fresh folder under $TMPDIR, removed with everything in it at the end of the test.
class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "archive-batch-XXXXXX").string();
        char* made = ::mkdtemp(pattern.data());
        REQUIRE(made != nullptr);
        path_ = made;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    std::string operator/(const std::string& rel) const { return (path_ / rel).string(); }

private:
    fs::path path_;
};

void write_file(const std::string& path, const std::string& content) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string page(const std::string& title) {
    return title + "\n\nThe council met on Monday to discuss the " + title +
           " plan. \"We will decide soon,\" said Anna Keller, the mayor.\n\nThe vote is expected next week.\n";
}

/// in/a.txt, in/b.txt, in/c.txt converted into out/ by one worker (so that write calls come in path order).
archive::BatchOptions three_pages_to_out(const TempDir& tmp) {
    for (const char* name : {"a.txt", "b.txt", "c.txt"})
        write_file(tmp / (std::string("in/") + name), page(name));
    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.out_dir = tmp / "out";
    options.jobs = 1;
    return options;
}

/// `n` pages in/p100.txt... converted into out/ by two workers that stop when `stop` is set (as by SIGINT).
archive::BatchOptions numbered_pages_to_out(const TempDir& tmp, int n, const std::atomic<bool>& stop) {
    for (int i = 0; i < n; ++i)
        write_file(tmp / ("in/p" + std::to_string(100 + i) + ".txt"), page("Page " + std::to_string(i)));
    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.out_dir = tmp / "out";
    options.jobs = 2;
    options.stop = &stop;
    return options;
}

/// Output writes that set `stop` (as the SIGINT handler does) at the `n`th write.
void stop_at_write(archive::BatchOptions& options, std::atomic<bool>& stop, int n) {
    auto writes = std::make_shared<std::atomic<int>>(0);
    options.write = [&stop, writes, n](int fd, const char* data, std::size_t size) -> long {
        if (++*writes == n)
            stop = true;
        return static_cast<long>(::write(fd, data, size));
    };
}

struct Run {
    archive::BatchCounts counts;
    std::string out;
    std::string err;
};

Run run(const archive::BatchOptions& options) {
    std::ostringstream out;
    std::ostringstream err;
    Run r;
    r.counts = archive::run_batch(options, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> lines;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::vector<std::string> paths_of(const std::string& jsonl) {
    std::vector<std::string> paths;
    for (const auto& line : lines_of(jsonl))
        paths.push_back(nlohmann::json::parse(line).at("input").at("path").get<std::string>());
    return paths;
}

/// Every file below `dir` whose name contains `needle`.
std::vector<std::string> files_containing(const fs::path& dir, const std::string& needle) {
    std::vector<std::string> found;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.path().filename().string().find(needle) != std::string::npos)
            found.push_back(e.path().string());
    return found;
}

} // namespace

TEST_CASE("output names replace the extension with .json", "[batch]") {
    struct Row {
        const char* in;
        const char* out;
    };
    const Row rows[] = {
        {"a.txt", "a.json"},         {"a/b.txt", "a/b.json"},   {"a.b/c", "a.b/c.json"},
        {"README", "README.json"},   {".txt", ".txt.json"},     {"d/.hidden.txt", "d/.hidden.json"},
        {"x.tar.txt", "x.tar.json"}, {"page.json", "page.json"},
    };
    for (const auto& row : rows) {
        INFO(row.in);
        CHECK(archive::output_name(row.in) == row.out);
    }
}

TEST_CASE("read_input checks the size limit before reading and names file-system errors", "[batch]") {
    TempDir tmp;
    write_file(tmp / "p.txt", std::string(100, 'x'));
    CHECK(archive::read_input(tmp / "p.txt", 100).size() == 100);
    CHECK_THROWS_WITH(archive::read_input(tmp / "p.txt", 10), "file too large (100 bytes, limit 10)");
    CHECK_THROWS_WITH(archive::read_input(tmp / "missing.txt"), "No such file or directory");
    CHECK_THROWS_WITH(archive::read_input(tmp.path().string()), "Is a directory");
    CHECK_THROWS_WITH(archive::read_input("/dev/null"), "not a regular file (character device)");
}

TEST_CASE("batch folders are walked in sorted path order whatever the number of jobs", "[batch]") {
    TempDir tmp;
    for (const char* rel : {"z.txt", "a.txt", "a/b.txt", "b/c/d.txt", "b/a.txt", "notes.md", "a/skip.TXT"})
        write_file(tmp / (std::string("in/") + rel), page(rel));

    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.jobs = 1;
    Run one = run(options);
    const std::string root = tmp / "in";
    CHECK(paths_of(one.out) == std::vector<std::string>{root + "/a/b.txt", root + "/a.txt", root + "/b/a.txt",
                                                        root + "/b/c/d.txt", root + "/z.txt"});
    CHECK(one.counts.converted == 5);
    CHECK(one.counts.failed == 0);
    CHECK(one.err.empty());

    for (unsigned jobs : {2u, 3u, 8u}) {
        for (std::size_t window : {std::size_t{1}, std::size_t{2}, std::size_t{0}}) {
            options.jobs = jobs;
            options.window = window;
            INFO("jobs " << jobs << ", window " << window);
            CHECK(run(options).out == one.out);
        }
    }

    options.glob = "*.md";
    CHECK(paths_of(run(options).out) == std::vector<std::string>{root + "/notes.md"});
}

TEST_CASE("batch several inputs come out in argument order as JSON Lines", "[batch]") {
    TempDir tmp;
    write_file(tmp / "one.txt", page("One"));
    write_file(tmp / "dir/two.txt", page("Two"));
    write_file(tmp / "three.txt", page("Three"));
    archive::BatchOptions options;
    options.inputs = {tmp / "three.txt", tmp / "dir", tmp / "missing.txt", tmp / "one.txt"};
    options.jobs = 2;
    Run r = run(options);
    CHECK(paths_of(r.out) ==
          std::vector<std::string>{tmp / "three.txt", tmp / "dir/two.txt", tmp / "one.txt"});
    CHECK(r.err == tmp / "missing.txt" + ": error: No such file or directory\n");
    CHECK(r.counts.converted == 3);
    CHECK(r.counts.failed == 1);
    CHECK(archive::summary_line(r.counts) == "converted 3, skipped 0, failed 1");
}

TEST_CASE("batch output folder: a mirrored tree of pretty JSON that reruns skip unless forced", "[batch]") {
    TempDir tmp;
    write_file(tmp / "in/a/b.txt", page("Bee"));
    write_file(tmp / "in/c.txt", page("Sea"));
    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.out_dir = tmp / "out";
    options.jobs = 2;

    Run first = run(options);
    CHECK(first.out.empty());
    CHECK(first.err.empty());
    CHECK(first.counts.converted == 2);
    const std::string json = read_file(tmp / "out/a/b.json");
    CHECK(json == archive::to_json(archive::parse(page("Bee"), tmp / "in/a/b.txt"), true));
    CHECK(fs::exists(tmp / "out/c.json"));

    Run second = run(options);
    CHECK(second.counts.converted == 0);
    CHECK(second.counts.up_to_date == 2); // with -o, up to date is counted apart from the inputs left alone
    CHECK(second.counts.skipped == 0);
    CHECK(archive::summary_line(second.counts) == "converted 0, up to date 2, skipped 0, failed 0");

    write_file(tmp / "in/c.txt", page("Sea, changed"));
    Run third = run(options);
    CHECK(third.counts.converted == 1);
    CHECK(third.counts.up_to_date == 1);

    options.force = true;
    Run forced = run(options);
    CHECK(forced.counts.converted == 2);
    CHECK(forced.counts.up_to_date == 0);

    SECTION("a damaged output is rewritten") {
        options.force = false;
        write_file(tmp / "out/c.json", "{\"schema_version\": 1, \"input\": {\"sha256\": \"");
        Run again = run(options);
        CHECK(again.counts.converted == 1);
        CHECK(nlohmann::json::parse(read_file(tmp / "out/c.json"))["headline"].is_string());
    }
    SECTION("plain files are mirrored by their file name") {
        options.inputs = {tmp / "in/a/b.txt"};
        options.out_dir = tmp / "flat";
        CHECK(run(options).counts.converted == 1);
        CHECK(fs::exists(tmp / "flat/b.json"));
    }
}

TEST_CASE("outputs never go through a symbolic link of the output folder", "[batch]") {
    TempDir tmp;
    write_file(tmp / "in/a/x.txt", page("Ex"));
    write_file(tmp / "in/y.txt", page("Why"));
    fs::create_directories(tmp / "elsewhere");
    fs::create_directories(tmp / "out");
    fs::create_directory_symlink(tmp / "elsewhere", tmp / "out/a");

    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.out_dir = tmp / "out";
    Run r = run(options);
    CHECK(r.counts.failed == 1);
    CHECK(r.counts.converted == 1);
    CHECK(r.err.find("x.txt: error: cannot write") != std::string::npos);
    CHECK(r.err.find("is a symbolic link, not followed") != std::string::npos);
    CHECK(fs::is_empty(tmp / "elsewhere"));
    CHECK(fs::exists(tmp / "out/y.json"));
}

TEST_CASE("an output folder inside the input tree is never read and never overwrites an input", "[batch]") {
    TempDir tmp;
    write_file(tmp / "in/a.txt", page("Ay"));
    write_file(tmp / "in/sub/b.txt", page("Bee"));
    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.glob = "*";

    SECTION("output folder below the input folder: its subtree is left out of the walk") {
        options.out_dir = tmp / "in/out";
        CHECK(run(options).counts.converted == 2);
        Run again = run(options);
        CHECK(again.counts.converted == 0);
        CHECK(again.counts.up_to_date == 2);
        CHECK(again.err.empty());
    }
    SECTION("output folder = input folder: outputs that match the glob would be inputs, refused") {
        write_file(tmp / "in/c.json", "{}");
        options.out_dir = tmp / "in";
        Run r = run(options);
        CHECK(r.counts.converted == 0);
        CHECK(r.counts.failed == 3);
        CHECK(r.err.find("would overwrite an input") != std::string::npos);
        CHECK(read_file(tmp / "in/c.json") == "{}");
        CHECK(!fs::exists(tmp / "in/a.json"));
    }
    SECTION("output folder = input folder with the default glob: records beside the pages") {
        options.glob = "*.txt";
        options.out_dir = tmp / "in";
        CHECK(run(options).counts.converted == 2);
        CHECK(fs::exists(tmp / "in/sub/b.json"));
        CHECK(run(options).counts.up_to_date == 2);
    }
    SECTION("a file named on the command line is never its own output") {
        write_file(tmp / "in/c.json", page("Sea"));
        options.inputs = {tmp / "in/c.json"};
        options.out_dir = tmp / "in";
        Run r = run(options);
        CHECK(r.counts.failed == 1);
        CHECK(r.err.find("is the input itself") != std::string::npos);
        CHECK(read_file(tmp / "in/c.json") == page("Sea"));
    }
}

TEST_CASE("batch two inputs with the same output path: the second is refused", "[batch]") {
    TempDir tmp;
    write_file(tmp / "2019/index.txt", page("Old"));
    write_file(tmp / "2020/index.txt", page("New"));
    write_file(tmp / "2020/page.text", page("Text"));
    write_file(tmp / "2020/page.txt", page("Txt"));
    write_file(tmp / "mirror/2020/index.txt", page("Copy"));
    archive::BatchOptions options;
    options.out_dir = tmp / "out";

    // Several folder arguments: each keeps its last component, so per-year folders do not meet...
    options.inputs = {tmp / "2019", tmp / "2020"};
    Run r = run(options);
    CHECK(r.counts.converted == 3);
    CHECK(r.counts.failed == 0);
    CHECK(fs::exists(tmp / "out/2019/index.json"));
    CHECK(fs::exists(tmp / "out/2020/index.json"));
    CHECK(!fs::exists(tmp / "out/index.json"));
    // ...but two folders of the same name do.
    options.inputs = {tmp / "2020", tmp / "mirror/2020"};
    options.glob = "index.txt";
    options.out_dir = tmp / "out3";
    Run twins = run(options);
    CHECK(twins.counts.converted == 1);
    CHECK(twins.counts.failed == 1);
    CHECK(twins.err == tmp / "mirror/2020/index.txt" + ": error: output " + tmp / "out3" +
                           "/2020/index.json already comes from an earlier input, not written\n");
    CHECK(archive::folder_component(tmp / "pages/2023/") == "2023/");
    options.glob = "*.txt";

    options.inputs = {tmp / "2020"};
    options.glob = "page.*";
    options.out_dir = tmp / "out2";
    Run same_folder = run(options);
    CHECK(same_folder.counts.converted == 1);
    CHECK(same_folder.counts.failed == 1);
    CHECK(same_folder.err.find("page.txt: error: output name page.json already taken by page.text") !=
          std::string::npos);
}

TEST_CASE("batch folder faults fail alone: loops and broken links and special or binary files", "[batch]") {
    TempDir tmp;
    write_file(tmp / "in/good.txt", page("Good"));
    write_file(tmp / "in/sub/also.txt", page("Also"));
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    write_file(tmp / "in/sub/image.txt", std::string(png, sizeof png - 1));
    fs::create_directory_symlink(tmp / "in", tmp / "in/sub/loop");
    fs::create_symlink(tmp / "gone.txt", tmp / "in/broken.txt");
    fs::create_symlink("/dev/null", tmp / "in/device.txt");
    REQUIRE(::mkfifo((tmp / "in/pipe.txt").c_str(), 0644) == 0);

    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.jobs = 2;
    Run r = run(options);
    CHECK(paths_of(r.out) == std::vector<std::string>{tmp / "in/good.txt", tmp / "in/sub/also.txt"});
    CHECK(r.counts.converted == 2);
    CHECK(r.counts.skipped == 3); // the two special files, and the loop: a warning, not a failure
    CHECK(r.counts.failed == 2);
    const std::string in = tmp / "in";
    CHECK(lines_of(r.err) == std::vector<std::string>{
                                 in + "/broken.txt: error: broken symbolic link",
                                 in + "/device.txt: warning: not a regular file (character device), skipped",
                                 in + "/pipe.txt: warning: not a regular file (FIFO), skipped",
                                 in + "/sub/image.txt: error: not a text file (looks like PNG image)",
                                 in + "/sub/loop: warning: symbolic link loop (leads back to a parent folder), not followed",
                             });

    SECTION("a file over the size limit fails without being read") {
        options.max_bytes = 50;
        Run small = run(options);
        CHECK(small.counts.converted == 0);
        CHECK(small.err.find("good.txt: error: file too large (") != std::string::npos);
    }
}

TEST_CASE("batch a full disk fails that file only and leaves no partial or temporary file", "[batch]") {
    TempDir tmp;
    archive::BatchOptions options = three_pages_to_out(tmp);
    int calls = 0;
    options.write = [&calls](int fd, const char* data, std::size_t size) -> long {
        ++calls;
        if (calls == 1)
            return static_cast<long>(::write(fd, data, size / 2)); // half of a.json reaches the disk...
        if (calls == 2) {
            errno = ENOSPC; // ...then the disk is full
            return -1;
        }
        return static_cast<long>(::write(fd, data, size));
    };
    Run r = run(options);
    CHECK(r.counts.failed == 1);
    CHECK(r.counts.converted == 2);
    CHECK(r.err == tmp / "in/a.txt" + ": error: cannot write " + tmp / "out" + "/a.json: No space left on device\n");
    CHECK(!fs::exists(tmp / "out/a.json"));
    CHECK(fs::exists(tmp / "out/b.json"));
    CHECK(files_containing(tmp.path() / "out", ".archive-tmp.").empty());

    options.write = nullptr;
    Run rerun = run(options);
    CHECK(rerun.counts.converted == 1);
    CHECK(rerun.counts.up_to_date == 2);
}

TEST_CASE("without O_TMPFILE outputs go through a named temporary file and rename", "[batch]") {
    // File systems without O_TMPFILE (or without /proc) take this path; force it and check what it writes.
    TempDir tmp;
    archive::BatchOptions options = three_pages_to_out(tmp);
    options.unnamed_temporaries = false;
    std::vector<std::string> written_to; // the names the data went to, read back from /proc
    int calls = 0;
    options.write = [&](int fd, const char* data, std::size_t size) -> long {
        char target[4096];
        const ssize_t n = ::readlink(("/proc/self/fd/" + std::to_string(fd)).c_str(), target, sizeof target - 1);
        written_to.push_back(n > 0 ? fs::path(std::string(target, static_cast<std::size_t>(n))).filename().string()
                                   : "?");
        if (++calls == 2) { // b.json: the disk is full
            errno = ENOSPC;
            return -1;
        }
        return static_cast<long>(::write(fd, data, size));
    };
    Run r = run(options);
    CHECK(r.counts.converted == 2);
    CHECK(r.counts.failed == 1);
    REQUIRE(written_to.size() == 3);
    for (const std::string& name : written_to)
        CHECK(name.find(".json.archive-tmp.") != std::string::npos); // a named temporary, not the output itself
    CHECK(read_file(tmp / "out/a.json") == archive::to_json(archive::parse(page("a.txt"), tmp / "in/a.txt"), true));
    CHECK(!fs::exists(tmp / "out/b.json"));
    CHECK(files_containing(tmp.path() / "out", ".archive-tmp.").empty());

    // The rerun writes the missing output; --force then replaces existing ones in place.
    options.write = nullptr;
    CHECK(run(options).counts.converted == 1);
    CHECK(fs::exists(tmp / "out/b.json"));
    write_file(tmp / "in/c.txt", page("Sea, changed"));
    options.force = true;
    CHECK(run(options).counts.converted == 3);
    CHECK(read_file(tmp / "out/c.json") ==
          archive::to_json(archive::parse(page("Sea, changed"), tmp / "in/c.txt"), true));
    CHECK(files_containing(tmp.path() / "out", ".archive-tmp.").empty());
}

TEST_CASE("an output folder that cannot be written gives per-file errors", "[batch]") {
    TempDir tmp;
    write_file(tmp / "in/a/x.txt", page("Ex"));
    write_file(tmp / "in/b.txt", page("Bee"));
    write_file(tmp / "out/a", "a file where the folder a/ should be");
    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.out_dir = tmp / "out";
    Run r = run(options);
    CHECK(r.counts.failed == 1);
    CHECK(r.counts.converted == 1);
    CHECK(r.err.find("x.txt: error: cannot write") != std::string::npos);

    write_file(tmp / "not-a-folder", "x");
    options.out_dir = tmp / "not-a-folder/out";
    CHECK_THROWS_AS(archive::run_batch(options, std::cout, std::cerr), archive::Error);
}

TEST_CASE("an interrupted run leaves only whole records and a rerun completes it", "[batch]") {
    TempDir tmp;
    std::atomic<bool> stop{false};
    archive::BatchOptions options = numbered_pages_to_out(tmp, 40, stop);
    stop_at_write(options, stop, 5);
    Run r = run(options);
    CHECK(r.counts.interrupted);
    CHECK(r.counts.converted >= 5);
    CHECK(r.counts.converted < 40);
    CHECK(files_containing(tmp.path() / "out", ".archive-tmp.").empty());
    std::size_t records = 0;
    for (const auto& e : fs::directory_iterator(tmp.path() / "out")) {
        CHECK_NOTHROW(nlohmann::json::parse(read_file(e.path().string())));
        ++records;
    }
    CHECK(records == r.counts.converted);

    stop = false;
    options.write = nullptr;
    Run rerun = run(options);
    CHECK_FALSE(rerun.counts.interrupted);
    CHECK(rerun.counts.converted == 40 - r.counts.converted);
    CHECK(rerun.counts.up_to_date == r.counts.converted);
}

TEST_CASE("temporary outputs of killed runs are removed by the next run and never read", "[batch]") {
    TempDir tmp;
    write_file(tmp / "in/a.txt", page("Ay"));
    write_file(tmp / "in/.b.json.archive-tmp.12", "not an input");
    write_file(tmp / "out/.a.json.archive-tmp.999999999", "{\"partial\":");
    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.out_dir = tmp / "out";
    options.glob = "*";
    Run r = run(options);
    CHECK(r.counts.converted == 1);
    CHECK(r.err == tmp / "in/.b.json.archive-tmp.12" + ": warning: looks like an archive temporary file, skipped\n");
    CHECK(files_containing(tmp.path() / "out", ".archive-tmp.").empty());
}

TEST_CASE("batch the user's own names with .tmp. in them are neither skipped by the walk nor swept away", "[batch]") {
    TempDir tmp;
    write_file(tmp / "in/.import.tmp.20240314/a.txt", page("Staged")); // a sync tool's staging folder
    write_file(tmp / "in/.draft.tmp.7", page("Draft"));                // a user's draft, taken with --glob '*'
    write_file(tmp / "in/.c.json.archive-tmp.5/d.txt", page("Odd"));   // a folder, even of the exact shape
    write_file(tmp / "out/.notes.tmp.123", "my notes");                 // the user's file in OUTDIR
    write_file(tmp / "out/.e.json.tmp.999999999", "older shape");       // not ours (any more): kept
    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.out_dir = tmp / "out";
    options.glob = "*";
    options.jobs = 1;
    Run r = run(options);
    CHECK(r.counts.converted == 3);
    CHECK(r.err.empty());
    CHECK(fs::exists(tmp / "out/.import.tmp.20240314/a.json"));
    CHECK(fs::exists(tmp / "out/.c.json.archive-tmp.5/d.json"));
    CHECK(fs::exists(tmp / "out/.draft.tmp.json")); // output_name() of ".draft.tmp.7"
    CHECK(read_file(tmp / "out/.notes.tmp.123") == "my notes");
    CHECK(read_file(tmp / "out/.e.json.tmp.999999999") == "older shape");
}

namespace {

Run run_jsonl(const archive::BatchOptions& options, const std::string& input) {
    TempDir tmp;
    write_file(tmp / "in.jsonl", input);
    int fd = ::open((tmp / "in.jsonl").c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    std::ostringstream out;
    std::ostringstream err;
    Run r;
    r.counts = archive::run_jsonl(options, fd, out, err);
    ::close(fd);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace

TEST_CASE("batch JSON Lines in: line order kept with ids as paths and bad lines reported by number", "[batch]") {
    std::string input;
    for (int i = 0; i < 30; ++i)
        input += nlohmann::json{{"id", "doc-" + std::to_string(i)}, {"text", page("Title " + std::to_string(i))}}
                     .dump() +
                 "\n";
    input += "\n";                                                          // line 31: blank, counted as skipped
    input += "{\"id\": 7, \"text\": \"Seven\\n\\nA short page.\"}\r\n";    // 32: number id, CRLF
    input += "this is not json\n";                                         // 33
    input += "{\"text\": \"no id\"}\n";                                    // 34
    input += "[1, 2]\n";                                                   // 35
    input += nlohmann::json{{"id", "last"}, {"text", page("Last")}}.dump(); // 36, no final newline

    archive::BatchOptions options;
    options.jobs = 1;
    Run one = run_jsonl(options, input);
    std::vector<std::string> expected;
    for (int i = 0; i < 30; ++i)
        expected.push_back("doc-" + std::to_string(i));
    expected.push_back("7");
    expected.push_back("last");
    CHECK(paths_of(one.out) == expected);
    CHECK(one.counts.converted == 32);
    CHECK(one.counts.skipped == 1);
    CHECK(one.counts.failed == 3);
    auto errors = lines_of(one.err);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].rfind("-:33: error: invalid JSON", 0) == 0);
    CHECK(errors[1] == "-:34: error: \"id\" missing or neither a string nor a number");
    CHECK(errors[2].rfind("-:35: error: not a JSON object", 0) == 0);
    const auto first = nlohmann::json::parse(lines_of(one.out)[0]);
    CHECK(first == nlohmann::json::parse(archive::to_json(archive::parse(page("Title 0"), "doc-0"), false)));

    for (unsigned jobs : {2u, 4u}) {
        for (std::size_t window : {std::size_t{1}, std::size_t{3}}) {
            options.jobs = jobs;
            options.window = window;
            INFO("jobs " << jobs << ", window " << window);
            Run r = run_jsonl(options, input);
            CHECK(r.out == one.out);
            CHECK(r.err == one.err);
        }
    }
}

TEST_CASE("batch JSON Lines in: a line is bounded by the size limit", "[batch]") {
    archive::BatchOptions options;
    options.max_bytes = 100;
    std::string big(300000, 'a');
    std::string input = "{\"id\": \"big\", \"text\": \"" + big + "\"}\n" +
                        "{\"id\": \"mid\", \"text\": \"" + std::string(150, 'b') + "\"}\n" +
                        "{\"id\": \"ok\", \"text\": \"Short\\n\\nA page.\"}\n";
    Run r = run_jsonl(options, input);
    CHECK(paths_of(r.out) == std::vector<std::string>{"ok"});
    auto errors = lines_of(r.err);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0] == "-:1: error: line too long (more than 65736 bytes)");
    CHECK(errors[1] == "mid: error: text too large (150 bytes, limit 100)");
}

TEST_CASE("batch JSON Lines in: a line whose text is not well-formed Unicode is read with U+FFFD, not lost",
          "[batch]") {
    // A Latin-1 page written into the line byte for byte, an emoji cut in two by a JavaScript scraper ("\ud83d"
    // alone, as JSON.stringify writes it), a low surrogate alone in a Spanish page; a whole pair is kept, and so is
    // an escaped backslash before "ud800" (no escape). A line that is no JSON for another reason still fails.
    std::string input;
    input += "{\"id\": \"latin1\", \"text\": \"Le maire pr\xE9sente son budget\\n\\nLe conseil a vot\xE9 jeudi.\"}\n";
    input += "{\"id\": \"cut\", \"text\": \"Our vote \\ud83d tonight\\n\\nA pair \\ud83d\\ude00 stays whole.\"}\n";
    input += "{\"id\": \"low\", \"text\": \"El alcalde \\uDE00 habl\\u00f3\\n\\nUna ruta C:\\\\ud800 escrita.\"}\n";
    input += "{\"id\": \"broken\", \"text\": \"caf\xE9\n";

    archive::BatchOptions options;
    options.jobs = 1;
    Run r = run_jsonl(options, input);
    CHECK(paths_of(r.out) == std::vector<std::string>{"latin1", "cut", "low"});
    CHECK(r.counts.converted == 3);
    CHECK(r.counts.failed == 1);
    auto errors = lines_of(r.err);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("-:4: error: invalid JSON", 0) == 0);
    auto records = lines_of(r.out);
    REQUIRE(records.size() == 3);
    const std::string fffd = "\xEF\xBF\xBD";
    const auto latin1 = nlohmann::json::parse(records[0]);
    CHECK(latin1.dump().find("pr" + fffd + "sente") != std::string::npos);
    CHECK(latin1["warnings"].dump().find("invalid Unicode in the JSON line replaced with U+FFFD (2)") !=
          std::string::npos);
    const auto cut = nlohmann::json::parse(records[1]);
    CHECK(cut.dump().find("vote " + fffd + " tonight") != std::string::npos);
    CHECK(cut.dump().find("\xF0\x9F\x98\x80") != std::string::npos); // U+1F600, the pair
    CHECK(cut["warnings"].dump().find("replaced with U+FFFD (1)") != std::string::npos);
    const auto low = nlohmann::json::parse(records[2]);
    CHECK(low.dump().find("alcalde " + fffd) != std::string::npos);
    CHECK(low.dump().find("C:\\\\ud800") != std::string::npos); // the text's backslash, escaped again
    CHECK(low["warnings"].dump().find("replaced with U+FFFD (1)") != std::string::npos);
}

namespace {

/// An output stream that takes `room` bytes and then refuses every write with errno `error`, as write(2) to a full
/// disk (ENOSPC), a closed descriptor (EBADF) or a pipe whose reader is gone with SIGPIPE ignored (EPIPE) does.
class RefusingBuf : public std::streambuf {
public:
    RefusingBuf(std::size_t room, int error) : room_(room), error_(error) {}
    std::string taken;

protected:
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        std::size_t can = std::min(room_ - taken.size(), static_cast<std::size_t>(n));
        taken.append(s, can);
        if (can < static_cast<std::size_t>(n))
            errno = error_;
        return static_cast<std::streamsize>(can);
    }
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        char ch = traits_type::to_char_type(c);
        return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
    }

private:
    std::size_t room_;
    int error_;
};

} // namespace

TEST_CASE("batch output that cannot be written stops the run and is not counted as converted", "[batch]") {
    TempDir tmp;
    for (int i = 0; i < 40; ++i)
        write_file(tmp / ("in/p" + std::to_string(100 + i) + ".txt"), page("Budget " + std::to_string(i)));
    archive::BatchOptions options;
    options.inputs = {tmp / "in"};
    options.jobs = 2;
    std::ostringstream err;

    SECTION("a full disk from the first byte: nothing converted") {
        RefusingBuf buf(0, ENOSPC);
        std::ostream out(&buf);
        archive::BatchCounts counts = archive::run_batch(options, out, err);
        CHECK(counts.output_error == "No space left on device");
        CHECK(counts.converted == 0);
        CHECK(buf.taken.empty());
    }
    SECTION("a reader gone (SIGPIPE ignored) after some records: only the records accepted before count") {
        options.window = 1; // one record a flush, so that the stream sees each record alone
        options.jobs = 1;
        const std::size_t one = archive::to_json(archive::parse(page("Budget 0"), tmp / "in/p100.txt"), false).size();
        RefusingBuf buf(one + 1, EPIPE); // the first record and a byte of the second
        std::ostream out(&buf);
        archive::BatchCounts counts = archive::run_batch(options, out, err);
        CHECK(counts.output_error == "Broken pipe");
        CHECK(counts.converted <= 1);
        CHECK(counts.failed == 0);
    }
    SECTION("a stream that takes everything: no error") {
        RefusingBuf buf(std::size_t{1} << 30, ENOSPC);
        std::ostream out(&buf);
        archive::BatchCounts counts = archive::run_batch(options, out, err);
        CHECK(counts.output_error.empty());
        CHECK(counts.converted == 40);
        CHECK(!counts.interrupted);
    }
}

TEST_CASE("batch JSON Lines in: an output that cannot be written stops the mapper", "[batch]") {
    TempDir tmp;
    std::string input;
    for (int i = 0; i < 20; ++i)
        input += nlohmann::json{{"id", "doc-" + std::to_string(i)}, {"text", page("Rates " + std::to_string(i))}}
                     .dump() +
                 "\n";
    write_file(tmp / "in.jsonl", input);
    int fd = ::open((tmp / "in.jsonl").c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    archive::BatchOptions options;
    options.jobs = 2;
    RefusingBuf buf(0, EBADF);
    std::ostream out(&buf);
    std::ostringstream err;
    archive::BatchCounts counts = archive::run_jsonl(options, fd, out, err);
    ::close(fd);
    CHECK(counts.output_error == "Bad file descriptor");
    CHECK(counts.converted == 0);
}

TEST_CASE("write_and_flush tells why a stream refused the bytes", "[batch]") {
    RefusingBuf full(3, ENOSPC);
    std::ostream out(&full);
    CHECK(archive::write_and_flush(out, "ab").empty());
    CHECK(archive::write_and_flush(out, "cd") == "No space left on device");
    CHECK(full.taken == "abc");
    std::ostringstream fine;
    CHECK(archive::write_and_flush(fine, "{}\n").empty());
    CHECK(fine.str() == "{}\n");
}

TEST_CASE("batch output folder: a file at an output name that is not an archive record is never replaced", "[batch]") {
    TempDir tmp;
    archive::BatchOptions options = three_pages_to_out(tmp);
    write_file(tmp / "out/a.json", "{\"my\": \"precious metadata\"}\n"); // the user's own JSON
    write_file(tmp / "out/b.json", "notes to self: check the budget figures\n");
    write_file(tmp / "out/c.json", "{\n  \"schema_version\": 1,\n  \"input\": {\"path\": \"cut short"); // ours, cut
    Run r = run(options);
    CHECK(r.counts.converted == 1);
    CHECK(r.counts.failed == 2);
    CHECK(r.err == tmp / "in/a.txt" + ": error: output " + tmp / "out" +
                       "/a.json exists and is not an archive record, not overwritten (--force replaces it)\n" +
                       tmp / "in/b.txt" + ": error: output " + tmp / "out" +
                       "/b.json exists and is not an archive record, not overwritten (--force replaces it)\n");
    CHECK(read_file(tmp / "out/a.json") == "{\"my\": \"precious metadata\"}\n");
    CHECK(read_file(tmp / "out/b.json") == "notes to self: check the budget figures\n");
    CHECK(nlohmann::json::parse(read_file(tmp / "out/c.json"))["schema_version"] == 1);

    options.force = true;
    Run forced = run(options);
    CHECK(forced.counts.converted == 3);
    CHECK(forced.err.empty());
    CHECK(nlohmann::json::parse(read_file(tmp / "out/a.json"))["schema_version"] == 1);
}

TEST_CASE("batch a folder argument where nothing matches --glob is said, not passed over in silence", "[batch]") {
    TempDir tmp;
    write_file(tmp / "pages/a.txt", page("Harbour"));
    write_file(tmp / "pages/sub/b.txt", page("Ferry"));
    fs::create_directories(tmp.path() / "empty");
    archive::BatchOptions options;
    options.jobs = 1;
    options.inputs = {tmp / "pages", tmp / "empty"};
    Run r = run(options);
    CHECK(r.counts.converted == 2);
    CHECK(r.counts.failed == 0);
    CHECK(r.err == tmp / "empty" + ": warning: no file matches *.txt\n");

    options.glob = "*.TXT"; // a typo: nothing matches anywhere
    Run typo = run(options);
    CHECK(typo.counts.converted == 0);
    CHECK(typo.err == tmp / "pages" + ": warning: no file matches *.TXT\n" + tmp / "empty" +
                          ": warning: no file matches *.TXT\n");
}

TEST_CASE("batch an interrupted run says so in its summary, with what was not done", "[batch]") {
    archive::BatchCounts counts;
    counts.converted = 602;
    CHECK(archive::summary_line(counts) == "converted 602, skipped 0, failed 0");
    counts.interrupted = true;
    CHECK(archive::summary_line(counts) ==
          "interrupted: converted 602, skipped 0, failed 0, not done unknown (run again to finish)");
    counts.not_done = 1428;
    CHECK(archive::summary_line(counts) ==
          "interrupted: converted 602, skipped 0, failed 0, not done 1428 (run again to finish)");
    // An output that refused a write has said its own error line: the counts alone follow.
    counts.output_error = "No space left on device";
    CHECK(archive::summary_line(counts) == "converted 602, skipped 0, failed 0");

    // A run stopped before it starts: nothing done, the rest unknown (the walk never ran).
    TempDir tmp;
    std::atomic<bool> stop{true};
    archive::BatchOptions options = numbered_pages_to_out(tmp, 12, stop);
    Run stopped = run(options);
    CHECK(stopped.counts.interrupted);
    CHECK(stopped.counts.converted == 0);
    CHECK_FALSE(stopped.counts.not_done.has_value());

    // Stopped after some writes: when the count of the rest is known, it covers every input exactly once.
    stop = false;
    options.window = 64; // the walk numbers all 12 inputs at once, whenever the stop comes
    stop_at_write(options, stop, 3);
    Run r = run(options);
    CHECK(r.counts.interrupted);
    if (r.counts.not_done)
        CHECK(r.counts.converted + r.counts.skipped + r.counts.failed + *r.counts.not_done == 12);
    CHECK(archive::summary_line(r.counts).rfind("interrupted: converted ", 0) == 0);
}

TEST_CASE("batch JSON Lines in: UTF-16 input gets one clear message and is not read line by line", "[batch]") {
    // Windows PowerShell's `> out.jsonl` writes UTF-16LE with a BOM; other tools UTF-16BE, or no BOM at all.
    CHECK(archive::utf16_jsonl(std::string("\xFF\xFE{\0\"\0", 6)).rfind("input is UTF-16LE (BOM FF FE)", 0) == 0);
    CHECK(archive::utf16_jsonl(std::string("\xFE\xFF\0{\0\"", 6)).rfind("input is UTF-16BE (BOM FE FF)", 0) == 0);
    CHECK(archive::utf16_jsonl(std::string("{\0\"\0i\0", 6)).rfind("input is UTF-16LE (no BOM", 0) == 0);
    CHECK(archive::utf16_jsonl(std::string("\0{\0\"\0i", 6)).rfind("input is UTF-16BE (no BOM", 0) == 0);
    // UTF-8, with or without its BOM, and a blank first line are read as usual.
    CHECK(archive::utf16_jsonl("{\"id\": \"a\", \"text\": \"Titel\"}\n").empty());
    CHECK(archive::utf16_jsonl("\xEF\xBB\xBF{\"id\": \"b\"}\n").empty());
    CHECK(archive::utf16_jsonl("\n{\"id\": \"c\"}\n").empty());

    std::string le = "\xFF\xFE";
    for (char c : std::string("{\"id\": \"a\", \"text\": \"Titre\\n\\nLe conseil.\"}\n{\"id\": \"b\", \"text\": \"x\"}\n")) {
        le += c;
        le += '\0';
    }
    archive::BatchOptions options;
    options.jobs = 2;
    Run r = run_jsonl(options, le);
    CHECK(r.out.empty());
    CHECK(r.counts.failed == 1);
    CHECK(r.counts.converted == 0);
    auto errors = lines_of(r.err);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("-:1: error: input is UTF-16LE (BOM FF FE); JSON Lines must be UTF-8", 0) == 0);
}

TEST_CASE("batch JSON Lines in: blank lines are counted as skipped, without a message", "[batch]") {
    std::string input = "{\"id\": \"eins\", \"text\": \"Titel\\n\\nDer Rat tagte.\"}\n"
                        "\n"
                        "   \t \r\n"
                        "{\"id\": \"deux\", \"text\": \"Titre\\n\\nLe conseil a voté.\"}\n";
    archive::BatchOptions options;
    options.jobs = 1;
    Run r = run_jsonl(options, input);
    CHECK(paths_of(r.out) == std::vector<std::string>{"eins", "deux"});
    CHECK(r.counts.skipped == 2);
    CHECK(r.err.empty());
    CHECK(archive::summary_line(r.counts) == "converted 2, skipped 2, failed 0");
}

TEST_CASE("batch output folder: the record of an input that no longer converts is removed, and said", "[batch]") {
    TempDir tmp;
    archive::BatchOptions options = three_pages_to_out(tmp);
    write_file(tmp / "out/notes.json", "{\"mine\": true}\n"); // the user's own file, never touched
    CHECK(run(options).counts.converted == 3);
    REQUIRE(fs::exists(tmp / "out/b.json"));

    // b.txt replaced by a PNG image: its old record would pass for the current one.
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    write_file(tmp / "in/b.txt", std::string(png, sizeof png - 1));
    Run r = run(options);
    CHECK(r.counts.failed == 1);
    CHECK(r.counts.up_to_date == 2);
    CHECK_FALSE(fs::exists(tmp / "out/b.json"));
    CHECK(r.err == tmp / "in/b.txt" + ": error: not a text file (looks like PNG image); its output " + tmp / "out/b.json" +
                       " from an earlier run removed\n");
    CHECK(fs::exists(tmp / "out/a.json"));
    CHECK(read_file(tmp / "out/notes.json") == "{\"mine\": true}\n");

    // Failing again: nothing left to remove, the message is the plain one.
    Run again = run(options);
    CHECK(again.err == tmp / "in/b.txt" + ": error: not a text file (looks like PNG image)\n");

    // A file of the user's at the output name stays, whatever the input does.
    write_file(tmp / "out/b.json", "my notes on b\n");
    Run kept = run(options);
    CHECK(kept.err.find("exists and is not an archive record, not overwritten") != std::string::npos);
    CHECK(read_file(tmp / "out/b.json") == "my notes on b\n");
    options.force = true; // --force replaces a file only with a record, and b.txt gives none
    Run forced = run(options);
    CHECK(forced.err == tmp / "in/b.txt" + ": error: not a text file (looks like PNG image)\n");
    CHECK(read_file(tmp / "out/b.json") == "my notes on b\n");
}
