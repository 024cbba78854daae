// lossless_check FILE...: parses each page as `archive` does and lists the lines its record does not hold (the
// lossless contract of pipeline.hpp, lost_lines()), "path: lost: line" on stdout; exit status 1 when any page lost a
// line. CI runs it over the evaluation corpus's real pages, where the fuzzer and the crossover search only splice the
// samples.
#include "archive/archive.hpp"
#include "pipeline.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    int pages = 0, losing = 0;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::cerr << argv[i] << ": error: cannot be read\n";
            return 2;
        }
        const std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const archive::Article a = archive::parse(raw);
        const std::vector<std::string> lost = archive::lost_lines(a, archive::decode(raw).text);
        for (const std::string& line : lost)
            std::cout << argv[i] << ": lost: " << line << '\n';
        ++pages;
        losing += !lost.empty();
    }
    std::cout << pages << " pages checked: " << losing << " with a lost line\n";
    return losing == 0 ? 0 : 1;
}
