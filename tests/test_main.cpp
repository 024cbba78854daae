// Catch2 v2 main; `archive_tests --update` rewrites the golden sample records (see golden_test.cpp).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstring>

namespace archive_test {
bool update_goldens = false;
}

int main(int argc, char* argv[]) {
    // Strip our own --update switch before Catch sees the command line.
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--update") == 0)
            archive_test::update_goldens = true;
        else
            argv[out++] = argv[i];
    }
    return Catch::Session().run(out, argv);
}
