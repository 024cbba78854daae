// Batch mode: parallel workers with ordered output over files and folders (run_batch) or JSON Lines (run_jsonl).
//
// Threads: one producer (the folder walker or the JSON Lines reader) numbers the items; `jobs` workers convert them;
// the caller's thread prints the results strictly in number order and draws the progress bar. The producer may run
// at most `window` items ahead of the oldest result not yet printed, so memory is bounded whatever the folder size,
// and one slow file holds back the output only until it is done.
// The parts: batch_parts.hpp (items, results, loading inputs), walk.hpp (folders), output_tree.hpp (`-o`),
// progress.hpp (the bar).
#include "archive/batch.hpp"
#include "archive/archive.hpp"
#include "batch_parts.hpp"
#include "output_tree.hpp"
#include "progress.hpp"
#include "walk.hpp"

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <ostream>
#include <thread>
#include <unordered_set>
#include <utility>

#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace archive {

namespace {

using namespace batch;

/// The ordered parallel engine: a producer thread pushes items, workers convert them, the calling thread prints
/// the results in item order.
class Pipeline {
public:
    using Work = std::function<Result(Item&, WorkerState&)>;

    Pipeline(const BatchOptions& options, std::ostream& out, std::ostream& err, ProgressBar& progress, Work work)
        : options_(options), out_(out), err_(err), progress_(progress), work_(std::move(work)) {
        unsigned hw = std::thread::hardware_concurrency();
        jobs_ = options.jobs != 0 ? options.jobs : (hw != 0 ? hw : 1);
        window_ = options.window != 0 ? options.window : 32 * static_cast<std::size_t>(jobs_) + 32;
        slots_.resize(window_);
    }

    /// A stop asked for (a signal) or forced by an output that cannot be written.
    bool stop_requested() const { return (options_.stop != nullptr && options_.stop->load()) || halted_.load(); }

    /// Called by the producer. Blocks while the window is full; false once the run is stopping.
    bool push(Item item) {
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [&] {
            return stopping_ || (produced_ < next_ + window_ && (buffered_ <= budget || produced_ == next_));
        });
        if (stopping_)
            return false;
        item.seq = produced_++;
        if (item.kind != Item::Kind::problem || item.outcome != Outcome::note)
            ++produced_inputs_;
        buffered_ += item.data.size();
        queue_.push_back(std::move(item));
        lock.unlock();
        work_ready_.notify_one();
        return true;
    }

    /// Runs `produce` on its own thread and the workers, printing results until all are printed or the run stops.
    BatchCounts run(const std::function<bool(Pipeline&)>& produce) {
        std::vector<std::thread> workers;
        workers.reserve(jobs_);
        for (unsigned j = 0; j < jobs_; ++j)
            workers.emplace_back([this] { work_loop(); });
        std::exception_ptr producer_error;
        std::thread producer([&] {
            bool complete = false;
            try {
                complete = produce(*this);
            } catch (...) {
                producer_error = std::current_exception();
            }
            {
                std::lock_guard<std::mutex> lock(mutex_);
                producer_done_ = true;
                producer_complete_ = complete;
            }
            result_ready_.notify_all();
        });
        emit_loop();
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
            finished_ = true;
            queue_.clear();
        }
        room_.notify_all();
        work_ready_.notify_all();
        producer.join();
        for (auto& w : workers)
            w.join();
        flush();
        progress_.clear();
        if (producer_error)
            std::rethrow_exception(producer_error);
        counts_.interrupted = interrupted_;
        counts_.output_error = output_error_;
        if (interrupted_) {
            // Known when every input was numbered, or when the progress bar's count finished before the stop.
            const std::uint64_t total = producer_complete_      ? produced_inputs_
                                        : progress_.totals_known ? progress_.total_items.load()
                                                                 : 0;
            if ((producer_complete_ || progress_.totals_known) && total >= done_items_)
                counts_.not_done = total - done_items_;
        }
        return counts_;
    }

private:
    static constexpr std::uint64_t budget = 32u << 20; // bytes of results (and JSON lines) waiting in the window

    void work_loop() {
        WorkerState state;
        for (;;) {
            Item item;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                work_ready_.wait(lock, [&] { return finished_ || !queue_.empty(); });
                // Stopped: start nothing more (a rerun does the rest), whether or not the printer noticed yet.
                if (!queue_.empty() && stop_requested())
                    queue_.clear();
                if (queue_.empty()) {
                    if (finished_)
                        return;
                    continue;
                }
                item = std::move(queue_.front());
                queue_.pop_front();
                ++busy_;
            }
            Result result;
            try {
                result = work_(item, state);
            } catch (const std::exception& e) {
                result = failure(item.path, e.what());
            }
            {
                std::lock_guard<std::mutex> lock(mutex_);
                --busy_;
                buffered_ -= item.data.size();
                buffered_ += result.record.size();
                slots_[item.seq % window_] = std::move(result);
            }
            result_ready_.notify_all();
        }
    }

    void emit(Result& r) {
        if (!output_error_.empty())
            return; // the run is stopping: nothing more is counted or printed
        switch (r.outcome) {
        case Outcome::converted:
            ++counts_.converted;
            if (!r.record.empty())
                ++unconfirmed_;
            break;
        case Outcome::up_to_date: ++counts_.up_to_date; break;
        case Outcome::skipped: ++counts_.skipped; break;
        case Outcome::failed: ++counts_.failed; break;
        case Outcome::note: break;
        }
        if (r.outcome != Outcome::note) {
            ++done_items_;
            done_bytes_ += r.bytes;
        }
        if (!r.message.empty()) {
            progress_.clear();
            err_ << r.message << std::flush;
        }
        if (!r.record.empty()) {
            pending_out_ += r.record;
            unflushed_ = true;
            if (pending_out_.size() >= 256 * 1024)
                flush();
        }
    }

    /// Hands the pending records to the output stream. A write that fails stops the run: the records not
    /// confirmed written are taken back from `converted`, and stop_requested() turns true.
    void flush() {
        if (!output_error_.empty())
            return;
        std::string why = write_and_flush(out_, pending_out_);
        pending_out_.clear();
        unflushed_ = false;
        if (why.empty()) {
            unconfirmed_ = 0;
            return;
        }
        output_error_ = why;
        counts_.converted -= unconfirmed_;
        unconfirmed_ = 0;
        halted_.store(true);
    }

    /// The output refused a write: start nothing more and print nothing more (called with the lock held).
    void halt_on_output_error() {
        stopping_ = true;
        queue_.clear();
        room_.notify_all();
        interrupted_ = true;
    }

    void emit_loop() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            auto& slot = slots_[next_ % window_];
            if (slot) {
                Result r = std::move(*slot);
                slot.reset();
                ++next_;
                buffered_ -= r.record.size();
                // The producer, waiting for room, is woken once half the window is free, not at every result: it
                // then fills the half in one go (a wake and a lock hand-off a file cost more than the push itself).
                const bool half_free = 2 * (next_ + window_ - produced_) >= window_;
                lock.unlock();
                if (half_free)
                    room_.notify_one();
                emit(r);
                progress_.update(done_items_, done_bytes_);
                lock.lock();
                if (!output_error_.empty())
                    return halt_on_output_error();
                continue;
            }
            if (producer_done_ && next_ == produced_) {
                interrupted_ = !producer_complete_;
                return;
            }
            if (!output_error_.empty())
                return halt_on_output_error();
            if (stop_requested()) {
                if (!stopping_) {
                    stopping_ = true;
                    queue_.clear(); // not started: a rerun does them
                    room_.notify_all();
                }
                if (busy_ == 0 && producer_done_) {
                    // Print what was finished, in order, past the holes left by dropped items.
                    for (std::size_t k = 0; k < window_; ++k) {
                        auto& s = slots_[(next_ + k) % window_];
                        if (s) {
                            Result r = std::move(*s);
                            s.reset();
                            lock.unlock();
                            emit(r);
                            lock.lock();
                        }
                    }
                    interrupted_ = true;
                    return;
                }
            }
            if (unflushed_) {
                // Nothing ready: hand what was printed to the reader before waiting (a line-by-line driver of
                // --jsonl-in needs its record before it sends the next line).
                lock.unlock();
                flush();
                lock.lock();
                continue;
            }
            result_ready_.wait_for(lock, std::chrono::milliseconds(100));
            lock.unlock();
            progress_.update(done_items_, done_bytes_);
            lock.lock();
        }
    }

    const BatchOptions& options_;
    std::ostream& out_;
    std::ostream& err_;
    ProgressBar& progress_;
    Work work_;
    unsigned jobs_ = 1;
    std::size_t window_ = 1;

    std::mutex mutex_;
    std::condition_variable room_;         // producer waits for window room
    std::condition_variable work_ready_;   // workers wait for items
    std::condition_variable result_ready_; // the printer waits for the next result
    std::deque<Item> queue_;
    std::vector<std::optional<Result>> slots_; // result of item seq in slots_[seq % window_]
    std::size_t produced_ = 0;
    std::uint64_t produced_inputs_ = 0; // items produced that are inputs (not notes)
    std::size_t next_ = 0;
    std::uint64_t buffered_ = 0;
    unsigned busy_ = 0;
    bool producer_done_ = false;
    bool producer_complete_ = false;
    bool stopping_ = false;
    bool finished_ = false;
    bool interrupted_ = false;
    std::atomic<bool> halted_{false}; // the output stream failed

    // Set by the printer thread, read after the run.
    std::string output_error_;

    // Printer-thread only.
    BatchCounts counts_;
    std::uint64_t done_items_ = 0;
    std::uint64_t done_bytes_ = 0;
    std::string pending_out_;
    std::uint64_t unconfirmed_ = 0; // converted records handed to the stream since it last flushed without error
    bool unflushed_ = false;
};

/// Counts the files of the inputs for the progress bar's total, on its own thread.
void count_inputs(const BatchOptions& options, std::optional<DevIno> skip, ProgressBar& progress,
                  const std::atomic<bool>& done) {
    std::uint64_t items = 0;
    std::uint64_t bytes = 0;
    auto stopped = [&] { return done.load() || (options.stop != nullptr && options.stop->load()); };
    Walker walker(options.glob, skip, false, stopped);
    Walker::Events events;
    events.file = [&](const std::string& path, const std::string&) {
        struct stat st {};
        if (::stat(path.c_str(), &st) == 0)
            bytes += static_cast<std::uint64_t>(st.st_size);
        ++items;
        return true;
    };
    events.problem = [&](const std::string&, const std::string&, Outcome o) {
        if (o != Outcome::note)
            ++items;
        return true;
    };
    for (const auto& input : options.inputs) {
        if (stopped())
            return;
        struct stat st {};
        if (input != "-" && ::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            if (!walker.walk(input, st, events))
                return;
        } else {
            ++items;
            if (input != "-")
                bytes += static_cast<std::uint64_t>(st.st_size);
        }
    }
    progress.total_items = items;
    progress.total_bytes = bytes;
    progress.totals_known = true;
}

} // namespace

std::string utf16_jsonl(std::string_view start) {
    if (start.size() < 2)
        return {};
    const auto b0 = static_cast<unsigned char>(start[0]);
    const auto b1 = static_cast<unsigned char>(start[1]);
    const char* what = b0 == 0xFF && b1 == 0xFE   ? "UTF-16LE (BOM FF FE)"
                       : b0 == 0xFE && b1 == 0xFF ? "UTF-16BE (BOM FE FF)"
                       : b0 != 0 && b1 == 0       ? "UTF-16LE (no BOM, a zero byte after each character)"
                       : b0 == 0 && b1 != 0       ? "UTF-16BE (no BOM, a zero byte before each character)"
                                                  : nullptr;
    if (what == nullptr)
        return {};
    return std::string("input is ") + what + "; JSON Lines must be UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)";
}

std::string folder_component(const std::string& folder) {
    std::error_code ec;
    std::string name = std::filesystem::canonical(folder, ec).filename().string(); // "." and "../x" named as they are
    if (ec || name.empty())
        name = base_name(folder);
    if (name.empty() || name == "/" || name == "." || name == "..")
        return {};
    return name + "/";
}

std::string output_name(const std::string& relative_input) {
    auto slash = relative_input.rfind('/');
    std::size_t name_at = slash == std::string::npos ? 0 : slash + 1;
    auto dot = relative_input.rfind('.');
    if (dot == std::string::npos || dot <= name_at) // no extension, or a dot file like ".profile"
        return relative_input + ".json";
    return relative_input.substr(0, dot) + ".json";
}

std::string write_and_flush(std::ostream& out, std::string_view data) {
    errno = 0;
    if (!data.empty())
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.flush();
    if (out)
        return {};
    const int e = errno;
    return batch::errno_text(e != 0 ? e : EIO);
}

std::string summary_line(const BatchCounts& counts) {
    std::string counted = "converted " + std::to_string(counts.converted);
    if (counts.mirrored)
        counted += ", up to date " + std::to_string(counts.up_to_date);
    counted += ", skipped " + std::to_string(counts.skipped) + ", failed " + std::to_string(counts.failed);
    // A stop asked for (^C, kill) must not read like a finished run; an output error has said its own line.
    if (counts.interrupted && counts.output_error.empty())
        return "interrupted: " + counted + ", not done " +
               (counts.not_done ? std::to_string(*counts.not_done) : std::string("unknown")) + " (run again to finish)";
    return counted;
}

BatchCounts run_batch(const BatchOptions& options, std::ostream& out, std::ostream& err) {
    std::optional<OutputTree> tree;
    std::optional<DevIno> skip;
    if (options.out_dir) {
        tree.emplace(*options.out_dir, options);
        skip = tree->id();
        for (const auto& input : options.inputs) {
            struct stat st {};
            if (input != "-" && ::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
                tree->add_input_folder(input);
        }
    }

    ProgressBar progress(options.progress, err, "files");
    std::atomic<bool> counted{false};
    std::thread counter;
    if (options.progress)
        counter = std::thread([&] { count_inputs(options, skip, progress, counted); });

    const std::uint64_t max_bytes = options.max_bytes;
    Pipeline::Work work = [&](Item& item, WorkerState& state) -> Result {
        if (item.kind == Item::Kind::problem) {
            Result r;
            r.outcome = item.outcome;
            r.message = message_line(item.path, item.outcome, item.data);
            return r;
        }
        try {
            Input input = item.kind == Item::Kind::standard_input ? load_stdin(max_bytes)
                          : item.kind == Item::Kind::argument     ? load_argument(item.path, max_bytes)
                                                                  : load_walked(item.path, max_bytes);
            if (tree)
                return tree->write(item, input, state);
            Result r;
            r.outcome = Outcome::converted;
            r.bytes = input.raw.size();
            r.record = to_json(parse(input.raw, item.path), false);
            return r;
        } catch (const Error& e) {
            return failure(item.path, e.what());
        }
    };

    Pipeline pipeline(options, out, err, progress, work);
    auto stopped = [&] { return pipeline.stop_requested(); };
    // Outputs of different arguments may meet (two folders holding the same relative path): remember them all.
    const bool cross_check = tree && options.inputs.size() > 1;
    std::unordered_set<std::uint64_t> claimed;

    // With several folder arguments, each keeps its last component under OUTDIR (2023/ and 2024/ holding the same
    // index.txt give OUTDIR/2023/index.json and OUTDIR/2024/index.json); with one, its contents go straight in.
    std::size_t folder_arguments = 0;
    if (tree)
        for (const auto& input : options.inputs) {
            struct stat st {};
            if (input != "-" && ::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
                ++folder_arguments;
        }
    std::string root_prefix; // of the folder argument being walked

    auto produce = [&](Pipeline& p) -> bool {
        Walker walker(options.glob, skip, tree.has_value(), stopped);
        auto push_file = [&](Item item) {
            if (cross_check && !claimed.insert(std::hash<std::string>()(item.rel_out)).second) {
                item.data = "output " + tree->shown(item.rel_out) + " already comes from an earlier input, not written";
                item.kind = Item::Kind::problem;
                item.outcome = Outcome::failed;
            }
            return p.push(std::move(item));
        };
        std::uint64_t found = 0; // files and problems met in the current folder argument
        Walker::Events events;
        events.file = [&](const std::string& path, const std::string& rel) {
            ++found;
            Item item;
            item.kind = Item::Kind::walked;
            item.path = path;
            item.rel_out = root_prefix + output_name(rel);
            return push_file(std::move(item));
        };
        auto push_problem = [&](const std::string& path, const std::string& why, Outcome outcome) {
            Item item;
            item.kind = Item::Kind::problem;
            item.path = path;
            item.data = why;
            item.outcome = outcome;
            return p.push(std::move(item));
        };
        events.problem = [&](const std::string& path, const std::string& why, Outcome outcome) {
            ++found;
            return push_problem(path, why, outcome);
        };
        for (const auto& input : options.inputs) {
            if (stopped())
                return false;
            Item item;
            item.path = input;
            if (input == "-") {
                if (tree)
                    item = Item{0, Item::Kind::problem, "-", "", "standard input cannot be mirrored into an output "
                                                                 "folder", 0, Outcome::failed};
                else
                    item.kind = Item::Kind::standard_input;
                if (!p.push(std::move(item)))
                    return false;
                continue;
            }
            struct stat st {};
            if (::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
                found = 0;
                root_prefix = folder_arguments > 1 ? folder_component(input) : std::string();
                if (!walker.walk(input, st, events))
                    return false;
                // A typo in --glob or an empty folder: say it rather than finish with "converted 0" alone.
                if (found == 0 && !push_problem(input, "no file matches " + options.glob, Outcome::note))
                    return false;
                continue;
            }
            item.kind = Item::Kind::argument; // errors (missing file...) are reported by the worker, in order
            item.rel_out = output_name(base_name(input));
            if (!push_file(std::move(item)))
                return false;
        }
        return true;
    };

    BatchCounts counts;
    try {
        counts = pipeline.run(produce);
        counts.mirrored = tree.has_value();
    } catch (...) {
        counted = true;
        if (counter.joinable())
            counter.join();
        throw;
    }
    counted = true;
    if (counter.joinable())
        counter.join();
    return counts;
}

BatchCounts run_jsonl(const BatchOptions& options, int in_fd, std::ostream& out, std::ostream& err) {
    const std::uint64_t max_bytes = options.max_bytes;
    // A JSON line holds its text escaped: allow twice the text limit for the line.
    const std::uint64_t line_limit =
        max_bytes >= (std::uint64_t{1} << 60) ? (std::uint64_t{1} << 61) : 2 * max_bytes + 65536;

    ProgressBar progress(options.progress, err, "records");
    Pipeline::Work work = [&](Item& item, WorkerState&) -> Result {
        if (item.kind == Item::Kind::problem) {
            Result r;
            r.outcome = item.outcome;
            if (!item.data.empty())
                r.message = message_line(item.path, item.outcome, item.data);
            return r;
        }
        JsonlLine line = parse_jsonl_line(item.data);
        if (!line.error.empty())
            return failure(item.path, line.error);
        const std::string& name = line.id;
        const std::string& raw = line.text;
        if (raw.size() > max_bytes)
            return failure(name, "text too large (" + std::to_string(raw.size()) + " bytes, limit " +
                                     std::to_string(max_bytes) + ")");
        Result r;
        r.bytes = raw.size();
        try {
            Article article = parse(raw, name);
            if (!line.warning.empty())
                article.warnings.push_back(line.warning);
            r.record = to_json(article, false);
            r.outcome = Outcome::converted;
        } catch (const Error& e) {
            return failure(name, e.what());
        }
        return r;
    };

    Pipeline pipeline(options, out, err, progress, work);
    auto produce = [&](Pipeline& p) -> bool {
        std::string chunk(64 * 1024, '\0');
        std::string line;
        bool overlong = false;
        bool first_read = true;
        std::uint64_t line_no = 0;
        auto finish_line = [&]() -> bool {
            ++line_no;
            Item item;
            item.path = "-:" + std::to_string(line_no);
            item.line = line_no;
            if (overlong) {
                item.kind = Item::Kind::problem;
                item.data = "line too long (more than " + std::to_string(line_limit) + " bytes)";
                overlong = false;
                line.clear();
                return p.push(std::move(item));
            }
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            bool blank = line.find_first_not_of(" \t") == std::string::npos;
            if (blank) { // skipped, but counted: a caller matching input lines to output lines can account for it
                line.clear();
                item.kind = Item::Kind::problem;
                item.outcome = Outcome::skipped;
                return p.push(std::move(item)); // no message (item.data empty)
            }
            item.kind = Item::Kind::line;
            item.data = std::move(line);
            line = std::string();
            return p.push(std::move(item));
        };
        for (;;) {
            if (p.stop_requested())
                return false;
            pollfd pfd{in_fd, POLLIN, 0};
            int ready = ::poll(&pfd, 1, 100);
            if (ready == 0 || (ready < 0 && errno == EINTR))
                continue;
            ssize_t n = ::read(in_fd, chunk.data(), chunk.size());
            if (n < 0) {
                if (errno == EINTR || errno == EAGAIN)
                    continue;
                Item item;
                item.kind = Item::Kind::problem;
                item.path = "-";
                item.data = "cannot read: " + errno_text(errno);
                p.push(std::move(item));
                return true;
            }
            if (n == 0)
                break;
            std::string_view data(chunk.data(), static_cast<std::size_t>(n));
            if (first_read) {
                first_read = false;
                if (std::string why = utf16_jsonl(data); !why.empty()) {
                    // Every line would fail (and each "\n\0" make a bogus one): one clear message, and stop.
                    Item item;
                    item.kind = Item::Kind::problem;
                    item.path = "-:1";
                    item.data = why;
                    p.push(std::move(item));
                    return true;
                }
            }
            while (!data.empty()) {
                auto nl = data.find('\n');
                std::string_view part = data.substr(0, nl);
                if (!overlong) {
                    if (line.size() + part.size() > line_limit) {
                        overlong = true;
                        line = std::string();
                    } else {
                        line.append(part);
                    }
                }
                if (nl == std::string_view::npos)
                    break;
                data.remove_prefix(nl + 1);
                if (!finish_line())
                    return false;
            }
        }
        if (!line.empty() || overlong)
            return finish_line();
        return true;
    };
    return pipeline.run(produce);
}

} // namespace archive
