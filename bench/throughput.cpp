// In-process throughput of the library: parse + serialize (and each half, and SHA-256 alone, to show where the time
// goes) in MB/s over samples/*.txt and over the evaluation corpus (../shared/corpus/**/*.txt) when it is there.
//   archive_bench [--benchmark_filter=...]      ARCHIVE_CORPUS=DIR overrides the corpus folder (empty: skip it)
#include "archive/archive.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Page {
    std::string path;
    std::string raw;
};

/// Every *.txt below `dir`, in path order, skipping pages the parser refuses (binary files in a corpus).
std::vector<Page> load_pages(const fs::path& dir) {
    std::vector<fs::path> paths;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".txt")
            paths.push_back(it->path());
    std::sort(paths.begin(), paths.end());
    std::vector<Page> pages;
    for (const auto& p : paths) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        Page page{p.string(), ss.str()};
        try {
            (void)archive::parse(page.raw, page.path);
        } catch (const archive::Error&) {
            continue;
        }
        pages.push_back(std::move(page));
    }
    return pages;
}

std::int64_t total_bytes(const std::vector<Page>& pages) {
    std::int64_t n = 0;
    for (const auto& p : pages)
        n += static_cast<std::int64_t>(p.raw.size());
    return n;
}

void report(benchmark::State& state, const std::vector<Page>& pages) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * total_bytes(pages));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(pages.size()));
    state.counters["pages"] = static_cast<double>(pages.size());
}

void parse_and_serialize(benchmark::State& state, const std::vector<Page>* pages) {
    for (auto _ : state)
        for (const auto& p : *pages)
            benchmark::DoNotOptimize(archive::to_json(archive::parse(p.raw, p.path), true));
    report(state, *pages);
}

void parse_only(benchmark::State& state, const std::vector<Page>* pages) {
    for (auto _ : state)
        for (const auto& p : *pages)
            benchmark::DoNotOptimize(archive::parse(p.raw, p.path));
    report(state, *pages);
}

void serialize_only(benchmark::State& state, const std::vector<Page>* pages) {
    std::vector<archive::Article> articles;
    for (const auto& p : *pages)
        articles.push_back(archive::parse(p.raw, p.path));
    for (auto _ : state)
        for (const auto& a : articles)
            benchmark::DoNotOptimize(archive::to_json(a, true));
    report(state, *pages);
}

void sha256_only(benchmark::State& state, const std::vector<Page>* pages) {
    for (auto _ : state)
        for (const auto& p : *pages)
            benchmark::DoNotOptimize(archive::sha256_hex(p.raw));
    report(state, *pages);
}

void register_set(const std::string& name, const std::vector<Page>* pages) {
    // The MB/s of the 2-thread run is the sum over both threads: compare it with twice the 1-thread figure.
    benchmark::RegisterBenchmark(("parse+serialize/" + name).c_str(), parse_and_serialize, pages)
        ->Unit(benchmark::kMillisecond)
        ->Threads(1)
        ->Threads(2)
        ->UseRealTime();
    benchmark::RegisterBenchmark(("parse/" + name).c_str(), parse_only, pages)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("serialize/" + name).c_str(), serialize_only, pages)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("sha256/" + name).c_str(), sha256_only, pages)->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    static const std::vector<Page> samples = load_pages(ARCHIVE_SAMPLES_DIR);
    if (samples.empty()) {
        std::cerr << "archive_bench: error: no pages in " << ARCHIVE_SAMPLES_DIR << '\n';
        return 1;
    }
    register_set("samples", &samples);

    const char* env = std::getenv("ARCHIVE_CORPUS");
    const fs::path corpus_dir = env != nullptr ? fs::path(env) : fs::path(ARCHIVE_CORPUS_DIR);
    static std::vector<Page> corpus;
    if (!corpus_dir.empty() && fs::is_directory(corpus_dir))
        corpus = load_pages(corpus_dir);
    if (!corpus.empty())
        register_set("corpus", &corpus);
    else
        std::cerr << "archive_bench: no corpus at '" << corpus_dir.string() << "': corpus benchmarks skipped\n";

    std::cerr << "archive_bench: samples " << samples.size() << " pages, " << total_bytes(samples) << " bytes; corpus "
              << corpus.size() << " pages, " << total_bytes(corpus) << " bytes\n";
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
