// Loading inputs (files, standard input, with the size limit checked before reading) and the path helpers of batch
// mode.
#include "archive/batch.hpp"
#include "batch_parts.hpp"

#include <algorithm>
#include <cerrno>
#include <system_error>

#include <fcntl.h>

namespace archive {
namespace batch {

std::string errno_text(int e) {
    return std::error_code(e, std::generic_category()).message();
}

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode))
        return "directory";
    if (S_ISFIFO(mode))
        return "FIFO";
    if (S_ISCHR(mode))
        return "character device";
    if (S_ISBLK(mode))
        return "block device";
    if (S_ISSOCK(mode))
        return "socket";
    if (S_ISLNK(mode))
        return "symbolic link";
    return "special file";
}

namespace {

std::string too_large(std::uint64_t bytes, std::uint64_t limit) {
    return "file too large (" + std::to_string(bytes) + " bytes, limit " + std::to_string(limit) + ")";
}

std::string too_large_stream(std::uint64_t limit) {
    return "file too large (more than " + std::to_string(limit) + " bytes, limit " + std::to_string(limit) + ")";
}

/// One read(2) of at most `size` bytes, retried when a signal interrupts it; 0 at the end of the file.
std::size_t read_some(int fd, char* data, std::size_t size) {
    for (;;) {
        ssize_t n = ::read(fd, data, size);
        if (n >= 0)
            return static_cast<std::size_t>(n);
        if (errno != EINTR)
            throw Error(errno_text(errno));
    }
}

/// Reads everything from `fd`: a regular file with one read() of its fstat size (the limit checked before reading);
/// anything else (pipes, terminals, /proc files whose size is 0) in growing chunks up to max_bytes + 1 bytes.
std::string read_all(int fd, const struct stat& st, std::uint64_t max_bytes) {
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        const auto size = static_cast<std::uint64_t>(st.st_size);
        if (size > max_bytes)
            throw Error(too_large(size, max_bytes));
        std::string buf(static_cast<std::size_t>(size), '\0');
        std::size_t got = 0;
        while (got < buf.size()) {
            std::size_t n = read_some(fd, buf.data() + got, buf.size() - got);
            if (n == 0)
                break; // the file shrank since fstat: take what is there
            got += n;
        }
        buf.resize(got);
        return buf;
    }
    const std::uint64_t cap64 = max_bytes >= (std::uint64_t{1} << 62) ? (std::uint64_t{1} << 62) : max_bytes + 1;
    const auto cap = static_cast<std::size_t>(cap64);
    std::string buf(std::min<std::size_t>(cap, 64 * 1024), '\0');
    std::size_t got = 0;
    for (;;) {
        if (got == buf.size()) {
            if (got >= cap)
                break;
            buf.resize(std::min(cap, buf.size() * 2));
        }
        std::size_t n = read_some(fd, buf.data() + got, buf.size() - got);
        if (n == 0)
            break;
        got += n;
    }
    if (got > max_bytes)
        throw Error(too_large_stream(max_bytes));
    buf.resize(got);
    return buf;
}


} // namespace

Input load_stdin(std::uint64_t max_bytes) {
    struct stat st {};
    if (::fstat(0, &st) != 0)
        throw Error(errno_text(errno));
    return {read_all(0, st, max_bytes), {st.st_dev, st.st_ino}};
}

Input load_argument(const std::string& path, std::uint64_t max_bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw Error(errno_text(errno));
    if (S_ISDIR(st.st_mode))
        throw Error(errno_text(EISDIR));
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
        throw Error(std::string("not a regular file (") + kind_of(st.st_mode) + ")");
    if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes)
        throw Error(too_large(static_cast<std::uint64_t>(st.st_size), max_bytes));
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (!fd)
        throw Error(errno_text(errno));
    if (::fstat(fd.get(), &st) != 0)
        throw Error(errno_text(errno));
    return {read_all(fd.get(), st, max_bytes), {st.st_dev, st.st_ino}};
}

Input load_walked(const std::string& path, std::uint64_t max_bytes) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd)
        throw Error(errno_text(errno));
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        throw Error(errno_text(errno));
    if (!S_ISREG(st.st_mode))
        throw Error(std::string("not a regular file (") + kind_of(st.st_mode) + ")");
    return {read_all(fd.get(), st, max_bytes), {st.st_dev, st.st_ino}};
}

std::string temp_name(const std::string& name, long pid) {
    return "." + name + std::string(temp_marker) + std::to_string(pid);
}

long temp_pid(std::string_view name) {
    // Exactly ".NAME.json.archive-tmp.DIGITS": a shape no user file plausibly has (a sync tool's ".x.tmp.7" is not).
    static constexpr std::string_view json = ".json";
    if (name.size() < 1 + json.size() + temp_marker.size() + 1 || name[0] != '.')
        return -1;
    auto at = name.rfind(temp_marker);
    if (at == std::string_view::npos || at < 1 + json.size() ||
        name.compare(at - json.size(), json.size(), json) != 0 || at + temp_marker.size() >= name.size())
        return -1;
    long pid = 0;
    for (char c : name.substr(at + temp_marker.size())) {
        if (c < '0' || c > '9' || pid > 100000000)
            return -1;
        pid = pid * 10 + (c - '0');
    }
    return pid;
}

std::string join_path(const std::string& dir, const std::string& name) {
    if (!dir.empty() && dir.back() == '/')
        return dir + name;
    return dir + "/" + name;
}

std::string base_name(const std::string& path) {
    std::string p = path;
    while (p.size() > 1 && p.back() == '/')
        p.pop_back();
    auto slash = p.rfind('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

bool same_or_inside(const std::string& inner, const std::string& outer) {
    if (outer == "/" || inner == outer)
        return true;
    return inner.size() > outer.size() && inner.compare(0, outer.size(), outer) == 0 && inner[outer.size()] == '/';
}

std::string message_line(const std::string& path, Outcome outcome, const std::string& why) {
    return escaped_path(path, true) + (outcome == Outcome::failed ? ": error: " : ": warning: ") + why + "\n";
}

Result failure(const std::string& path, const std::string& why) {
    Result r;
    r.outcome = Outcome::failed;
    r.message = message_line(path, Outcome::failed, why);
    return r;
}

} // namespace batch

std::string read_input(const std::string& path, std::uint64_t max_bytes) {
    return path == "-" ? batch::load_stdin(max_bytes).raw : batch::load_argument(path, max_bytes).raw;
}

} // namespace archive
