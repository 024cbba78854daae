// The folder walk of batch mode: see walk.hpp.
#include "walk.hpp"

#include "archive/batch.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_map>

#include <dirent.h>
#include <fnmatch.h>

namespace archive::batch {

bool Walker::matches(const std::string& name) const {
    return ::fnmatch(glob_.c_str(), name.c_str(), 0) == 0;
}

bool Walker::walk(const std::string& root, const struct stat& st, const Events& events) {
    DevIno id{st.st_dev, st.st_ino};
    if (!visited_.insert(id).second)
        return events.problem(root, "folder already walked, skipped", Outcome::skipped);
    ancestors_.push_back(id);
    bool ok = walk_dir(root, "", events);
    ancestors_.pop_back();
    return ok;
}

bool Walker::walk_dir(const std::string& path, const std::string& rel, const Events& events) {
    std::vector<std::pair<std::string, unsigned char>> entries;
    {
        DIR* dir = ::opendir(path.c_str());
        if (dir == nullptr)
            return events.problem(path, "cannot read folder: " + errno_text(errno), Outcome::failed);
        errno = 0;
        while (const dirent* e = ::readdir(dir)) {
            if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
                entries.emplace_back(e->d_name, e->d_type);
            errno = 0;
        }
        int read_error = errno;
        ::closedir(dir);
        if (read_error != 0 &&
            !events.problem(path, "cannot read folder: " + errno_text(read_error), Outcome::failed))
            return false;
    }
    std::sort(entries.begin(), entries.end());

    std::unordered_map<std::string, std::string> outputs; // output name -> the file that claimed it
    for (const auto& [name, type] : entries) {
        if (stopped_())
            return false;
        const std::string child = join_path(path, name);
        const std::string child_rel = rel.empty() ? name : rel + "/" + name;
        struct stat st {};
        mode_t mode = 0;
        switch (type) {
        case DT_REG: mode = S_IFREG; break;
        case DT_FIFO: mode = S_IFIFO; break;
        case DT_CHR: mode = S_IFCHR; break;
        case DT_BLK: mode = S_IFBLK; break;
        case DT_SOCK: mode = S_IFSOCK; break;
        default: // DT_DIR, DT_LNK, DT_UNKNOWN: follow the link, learn the folder's identity
            if (::stat(child.c_str(), &st) != 0) {
                int e = errno;
                if (!matches(name))
                    continue;
                struct stat lst {};
                std::string why = e == ENOENT && ::lstat(child.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)
                                      ? std::string("broken symbolic link")
                                      : errno_text(e);
                if (!events.problem(child, why, Outcome::failed))
                    return false;
                continue;
            }
            mode = st.st_mode;
        }
        if (S_ISDIR(mode)) {
            DevIno id{st.st_dev, st.st_ino};
            if (skip_dir_ && id == *skip_dir_)
                continue; // the output folder inside the input tree: never read our own outputs
            if (std::find(ancestors_.begin(), ancestors_.end(), id) != ancestors_.end()) {
                if (!events.problem(child, "symbolic link loop (leads back to a parent folder), not followed",
                                    Outcome::skipped))
                    return false;
                continue;
            }
            if (!visited_.insert(id).second) {
                if (!events.problem(child, "folder already walked through another path, skipped", Outcome::skipped))
                    return false;
                continue;
            }
            ancestors_.push_back(id);
            bool ok = walk_dir(child, child_rel, events);
            ancestors_.pop_back();
            if (!ok)
                return false;
            continue;
        }
        if (S_ISREG(mode) && temp_pid(name) >= 0) { // an output being written (ours or another run's)
            if (!events.problem(child, "looks like an archive temporary file, skipped", Outcome::skipped))
                return false;
            continue;
        }
        if (!matches(name))
            continue;
        if (!S_ISREG(mode)) {
            if (!events.problem(child, std::string("not a regular file (") + kind_of(mode) + "), skipped",
                                Outcome::skipped))
                return false;
            continue;
        }
        if (check_outputs_) {
            auto [it, fresh] = outputs.emplace(output_name(name), name);
            if (!fresh) {
                if (!events.problem(child, "output name " + it->first + " already taken by " + it->second,
                                    Outcome::failed))
                    return false;
                continue;
            }
        }
        if (!events.file(child, child_rel))
            return false;
    }
    return true;
}

} // namespace archive::batch
