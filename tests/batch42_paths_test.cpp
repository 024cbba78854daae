// Paths that are not plain text (probe46 F4, F5): a file name that is not UTF-8 is spelled reversibly in
// input.path, with a warning; a path with control characters or stray bytes is escaped in messages on stderr.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "archive/batch.hpp"
#include "batch_parts.hpp"

#include <nlohmann/json.hpp>

#include <string>

TEST_CASE("batch42: a UTF-8 file name is kept as given, in every script", "[batch][paths]") {
    for (const char* name : {"pages/café.txt", "Seiten/Übersicht 2024.txt", "σελίδες/άρθρο.txt", "новости/статья.txt",
                             "ニュース/記事.txt", "a\\b.txt"}) {
        CHECK(archive::escaped_path(name, false) == name);
        CHECK(archive::escaped_path(name, true) == name);
    }
}

TEST_CASE("batch42: a Latin-1 or windows-1252 file name gets its stray bytes as \\xHH", "[batch][paths]") {
    // "café.txt" and "cafè.txt" saved by an old Latin-1 system: two names that must stay two.
    CHECK(archive::escaped_path("caf\xE9.txt", false) == "caf\\xE9.txt");
    CHECK(archive::escaped_path("caf\xE8.txt", false) == "caf\\xE8.txt");
    // German and Polish names from a FAT copy; a UTF-8 letter beside a stray byte is kept.
    CHECK(archive::escaped_path("Stra\xDF" "e/\xFC" "ber.txt", false) == "Stra\\xDFe/\\xFCber.txt");
    CHECK(archive::escaped_path("\xB3\xF3" "d\xBC-ó.txt", false) == "\\xB3\\xF3d\\xBC-ó.txt");
    // Once escaped, a backslash of the name is doubled: "a\xE9" spelled as text and the byte E9 stay apart.
    CHECK(archive::escaped_path("a\\xE9/caf\xE9.txt", false) == "a\\\\xE9/caf\\xE9.txt");
    // Control characters are JSON's business in a record: only with `controls` are they escaped.
    CHECK(archive::escaped_path("x\ny.txt", false) == "x\ny.txt");
}

TEST_CASE("batch42: a record whose file name is not UTF-8 says so and keeps the names apart", "[batch][paths]") {
    const std::string text = "Titre\n\nLe conseil s'est réuni lundi.\n";
    auto e9 = nlohmann::json::parse(archive::to_json(archive::parse(text, "old/caf\xE9.txt"), false));
    auto e8 = nlohmann::json::parse(archive::to_json(archive::parse(text, "old/caf\xE8.txt"), false));
    CHECK(e9["input"]["path"] == "old/caf\\xE9.txt");
    CHECK(e8["input"]["path"] == "old/caf\\xE8.txt");
    CHECK(e9["warnings"].back() == std::string(archive::path_not_utf8_warning));
    auto plain = nlohmann::json::parse(archive::to_json(archive::parse(text, "neu/café.txt"), false));
    CHECK(plain["input"]["path"] == "neu/café.txt");
    for (const auto& w : plain["warnings"])
        CHECK(w != std::string(archive::path_not_utf8_warning));
}

TEST_CASE("batch42: messages escape control characters and stray bytes of a path", "[batch][paths]") {
    using archive::batch::message_line;
    using archive::batch::Outcome;
    // A newline in a name must not split the message into a line naming another file.
    CHECK(message_line("dl/x\ny.txt", Outcome::failed, "not a text file") == "dl/x\\x0Ay.txt: error: not a text file\n");
    // A terminal escape (ESC [31m, or the one-byte CSI U+009B) never reaches the terminal.
    CHECK(message_line("dl/esc\x1B[31mred.txt", Outcome::failed, "why") == "dl/esc\\x1B[31mred.txt: error: why\n");
    CHECK(message_line("dl/c1\xC2\x9B" "31m.txt", Outcome::skipped, "why") == "dl/c1\\xC2\\x9B31m.txt: warning: why\n");
    CHECK(message_line("dl/tab\there.txt", Outcome::failed, "why") == "dl/tab\\x09here.txt: error: why\n");
    CHECK(message_line("alt/caf\xE9.txt", Outcome::failed, "why") == "alt/caf\\xE9.txt: error: why\n");
    // Names in other scripts are printed as they are.
    CHECK(message_line("Seiten/Übersicht.txt", Outcome::failed, "why") == "Seiten/Übersicht.txt: error: why\n");
    CHECK(message_line("новости/статья.txt", Outcome::failed, "why") == "новости/статья.txt: error: why\n");
}
