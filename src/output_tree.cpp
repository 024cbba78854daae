// The output folder of `-o` in batch mode: see output_tree.hpp.
#include "output_tree.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <signal.h>

namespace archive::batch {

OutputTree::OutputTree(const std::string& dir, const BatchOptions& options) : display_(dir), options_(options) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throw Error("cannot create output folder " + dir + ": " + ec.message());
    root_ = Fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root_)
        throw Error("cannot open output folder " + dir + ": " + errno_text(errno));
    struct stat st {};
    if (::fstat(root_.get(), &st) != 0)
        throw Error("cannot open output folder " + dir + ": " + errno_text(errno));
    id_ = {st.st_dev, st.st_ino};
    canonical_ = std::filesystem::canonical(dir, ec).string();
    if (ec)
        canonical_.clear();
    if (!display_.empty() && display_.back() != '/')
        display_ += '/';
}

void OutputTree::add_input_folder(const std::string& folder) {
    std::error_code ec;
    std::string c = std::filesystem::canonical(folder, ec).string();
    if (!ec && !canonical_.empty() && same_or_inside(c, canonical_))
        overlapping_.push_back(c);
}

std::string OutputTree::remove_old_record(int dir_fd, const std::string& name, const std::string& rel,
                                          const DevIno& input_id) const {
    Fd old(::openat(dir_fd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    struct stat st {};
    if (!old || ::fstat(old.get(), &st) != 0 || !S_ISREG(st.st_mode) || DevIno{st.st_dev, st.st_ino} == input_id ||
        !read_existing(old.get(), st).record)
        return {}; // nothing there, or not ours to remove (the user's file, the input itself)
    old.reset();
    if (::unlinkat(dir_fd, name.c_str(), 0) != 0)
        return "; its output " + shown(rel) + " from an earlier run could not be removed: " + errno_text(errno);
    return "; its output " + shown(rel) + " from an earlier run removed";
}

Result OutputTree::write(const Item& item, const Input& input, WorkerState& state) {
    const std::string& rel = item.rel_out;
    auto slash = rel.rfind('/');
    std::string dir_rel = slash == std::string::npos ? std::string() : rel.substr(0, slash);
    std::string name = slash == std::string::npos ? rel : rel.substr(slash + 1);

    if (!overlapping_.empty() && ::fnmatch(options_.glob.c_str(), name.c_str(), 0) == 0) {
        std::string dest = canonical_ + "/" + rel;
        for (const auto& folder : overlapping_)
            if (same_or_inside(dest, folder) && dest != folder)
                return failure(item.path, "output " + shown(rel) +
                                              " would overwrite an input (it is in an input folder and matches "
                                              "the --glob pattern); choose another output folder");
    }

    int dir_fd = -1;
    try {
        dir_fd = open_dir(dir_rel, state);
    } catch (const Error& e) {
        return failure(item.path, "cannot write " + shown(rel) + ": " + e.what());
    }

    Fd existing(::openat(dir_fd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (existing) {
        struct stat st {};
        if (::fstat(existing.get(), &st) == 0) {
            if (DevIno{st.st_dev, st.st_ino} == input.id)
                return failure(item.path, "output " + shown(rel) + " is the input itself, not overwritten");
            if (!options_.force && S_ISREG(st.st_mode)) {
                Existing old = read_existing(existing.get(), st);
                if (!old.record) // the user's own file (notes, metadata) that happens to have the name
                    return failure(item.path, "output " + shown(rel) +
                                                  " exists and is not an archive record, not overwritten (--force "
                                                  "replaces it)");
                if (old.sha256 == sha256_hex(input.raw)) {
                    Result r;
                    r.outcome = Outcome::up_to_date;
                    r.bytes = input.raw.size();
                    return r;
                }
            }
        }
    }
    existing.reset();

    std::string json;
    try {
        json = to_json(parse(input.raw, item.path), true);
    } catch (const Error& e) {
        // The input no longer converts (replaced by an image, say): its old record must not pass for current.
        return failure(item.path, e.what() + remove_old_record(dir_fd, name, rel, input.id));
    }
    if (int e = write_atomically(dir_fd, name, json); e != 0)
        return failure(item.path, "cannot write " + shown(rel) + ": " + errno_text(e));
    Result r;
    r.outcome = Outcome::converted;
    r.bytes = input.raw.size();
    return r;
}

int OutputTree::open_dir(const std::string& dir_rel, WorkerState& state) {
    if (state.dir_open && state.dir_rel == dir_rel)
        return state.dir_fd.get();
    state.dir_open = false;
    Fd cur(::openat(root_.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!cur)
        throw Error(errno_text(errno));
    std::string sofar;
    std::size_t start = 0;
    while (start < dir_rel.size()) {
        std::size_t end = dir_rel.find('/', start);
        if (end == std::string::npos)
            end = dir_rel.size();
        std::string part = dir_rel.substr(start, end - start);
        start = end + 1;
        if (part.empty())
            continue;
        if (part == "." || part == "..")
            throw Error("invalid path component '" + part + "'");
        sofar += sofar.empty() ? part : "/" + part;
        int fd = ::openat(cur.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0 && errno == ENOENT) {
            if (::mkdirat(cur.get(), part.c_str(), 0777) != 0 && errno != EEXIST)
                throw Error("cannot create folder " + shown(sofar) + ": " + errno_text(errno));
            fd = ::openat(cur.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (fd < 0) {
            int e = errno;
            struct stat lst {};
            if (e == ELOOP || (e == ENOTDIR && ::fstatat(cur.get(), part.c_str(), &lst, AT_SYMLINK_NOFOLLOW) == 0 &&
                               S_ISLNK(lst.st_mode)))
                throw Error(shown(sofar) + " is a symbolic link, not followed");
            throw Error(shown(sofar) + ": " + errno_text(e));
        }
        cur = Fd(fd);
    }
    remove_stale_temporaries(cur.get(), dir_rel);
    state.dir_fd = std::move(cur);
    state.dir_rel = dir_rel;
    state.dir_open = true;
    return state.dir_fd.get();
}

void OutputTree::remove_stale_temporaries(int dir_fd, const std::string& dir_rel) {
    {
        std::lock_guard<std::mutex> lock(cleaned_mutex_);
        if (!cleaned_.insert(dir_rel).second)
            return;
    }
    int fd = ::openat(dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    DIR* dir = ::fdopendir(fd);
    if (dir == nullptr) {
        ::close(fd);
        return;
    }
    const long self = static_cast<long>(::getpid());
    std::vector<std::string> stale;
    while (const dirent* e = ::readdir(dir)) {
        long pid = temp_pid(e->d_name);
        if (pid > 0 && pid != self && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            stale.emplace_back(e->d_name);
    }
    for (const auto& name : stale)
        ::unlinkat(dir_fd, name.c_str(), 0);
    ::closedir(dir);
}

OutputTree::Existing OutputTree::read_existing(int fd, const struct stat& st) {
    Existing found;
    // The key precedes the input path's end by far less than this; escaped quotes inside strings cannot
    // form `"sha256": "`, so the first match is the key itself.
    std::string head(static_cast<std::size_t>(std::min<off_t>(st.st_size, 64 * 1024)), '\0');
    ssize_t n = head.empty() ? 0 : ::pread(fd, head.data(), head.size(), 0);
    if (n <= 0)
        return found;
    head.resize(static_cast<std::size_t>(n));
    static constexpr std::string_view first_key = "\"schema_version\":";
    auto key_at = head.find_first_not_of(" \t\r\n", 1);
    found.record =
        head[0] == '{' && key_at != std::string::npos && head.compare(key_at, first_key.size(), first_key) == 0;
    char tail[2];
    if (!found.record || st.st_size < 2 || ::pread(fd, tail, 2, st.st_size - 2) != 2 || tail[0] != '}' ||
        tail[1] != '\n')
        return found;
    static constexpr std::string_view key = "\"sha256\": \"";
    auto at = head.find(key);
    if (at == std::string::npos || at + key.size() + 65 > head.size())
        return found;
    if (head[at + key.size() + 64] == '"')
        found.sha256 = head.substr(at + key.size(), 64);
    return found;
}

int OutputTree::write_all(int fd, const std::string& data) const {
    std::size_t done = 0;
    while (done < data.size()) {
        long n = options_.write ? options_.write(fd, data.data() + done, data.size() - done)
                                : static_cast<long>(::write(fd, data.data() + done, data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        done += static_cast<std::size_t>(n);
    }
    if (options_.fsync && ::fsync(fd) != 0)
        return errno;
    return 0;
}

int OutputTree::write_atomically(int dir_fd, const std::string& name, const std::string& data) {
    // An unnamed file in the folder, linked under its name once whole: the name appears complete or not at all,
    // a killed run leaves nothing behind, and the folder gets one new entry instead of two (creating a name costs
    // far more than writing a small file on common file systems).
    int fd = options_.unnamed_temporaries ? ::openat(dir_fd, ".", O_WRONLY | O_TMPFILE | O_CLOEXEC, 0666) : -1;
    if (fd >= 0) {
        int error = write_all(fd, data);
        if (error != 0) {
            ::close(fd);
            return error;
        }
        char self[40];
        std::snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
        int linked = ::linkat(AT_FDCWD, self, dir_fd, name.c_str(), AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
        if (linked == 0)
            return ::close(fd) == 0 ? 0 : errno;
        if (linked == EEXIST) { // an older output (rewritten with --force, or its input changed): replace it
            const std::string tmp = temp_name(name, static_cast<long>(::getpid()));
            ::unlinkat(dir_fd, tmp.c_str(), 0);
            if (::linkat(AT_FDCWD, self, dir_fd, tmp.c_str(), AT_SYMLINK_FOLLOW) == 0) {
                ::close(fd);
                if (::renameat(dir_fd, tmp.c_str(), dir_fd, name.c_str()) == 0)
                    return 0;
                error = errno;
                ::unlinkat(dir_fd, tmp.c_str(), 0);
                return error;
            }
        }
        ::close(fd);
        // No /proc, or links refused: write a named temporary file below.
    }

    // Without O_TMPFILE (some file systems): a temporary file in the same folder, then rename(2).
    const std::string tmp = temp_name(name, static_cast<long>(::getpid()));
    const int flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW;
    fd = ::openat(dir_fd, tmp.c_str(), flags, 0666);
    if (fd < 0 && errno == EEXIST) { // left by an earlier process that had our pid
        ::unlinkat(dir_fd, tmp.c_str(), 0);
        fd = ::openat(dir_fd, tmp.c_str(), flags, 0666);
    }
    if (fd < 0)
        return errno;
    int error = write_all(fd, data);
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::renameat(dir_fd, tmp.c_str(), dir_fd, name.c_str()) != 0)
        error = errno;
    if (error != 0)
        ::unlinkat(dir_fd, tmp.c_str(), 0);
    return error;
}

} // namespace archive::batch
