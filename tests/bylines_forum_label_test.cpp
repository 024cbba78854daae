// A forum question's label line names its poster by a user name (probe66 H2): "Frage von Kati1987", "Antwort von
// Bert_55", en "Question from kate1987", "Asked by Bert_55". The German line was read as a name of three words, the
// figures of the user name dropped ("Frage von Kati"); the label is now a byline word whose field holds the user name
// alone, as a colon's does (lexicon section forum_post_labels, bylines.cpp). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a forum post's label line gives the poster's user name as the author", "[bylines][forum_label]") {
    struct Row {
        const char* title;
        const char* label;
        const char* date;
        const char* text;
        const char* author;
    };
    const char* de_title = "Wasserhahn in der Küche tropft – was tun?";
    const char* de_text = "Hallo zusammen, seit einer Woche tropft unser Wasserhahn in der Küche, auch wenn er ganz "
                          "zugedreht ist. Das Haus ist ziemlich alt. Kann ich die Dichtung selbst wechseln?";
    const char* en_title = "Kitchen tap keeps dripping, what can I do?";
    const char* en_text = "Hi all, for a week now our kitchen tap has been dripping even when it is fully closed. The "
                          "house is quite old. Can I change the washer myself?";
    const Row rows[] = {
        {de_title, "Frage von Kati1987", "04.12.2026, 21:13", de_text, "Kati1987"},
        {de_title, "Frage von tropfnase_7", "04.12.2026, 21:13", de_text, "tropfnase_7"},
        {de_title, "Gefragt von Bert_55", "04.12.2026", de_text, "Bert_55"},
        {en_title, "Question from kate1987", "12/04/2026, 9:13 PM", en_text, "kate1987"},
        {en_title, "Asked by Bert_55", "December 4, 2026", en_text, "Bert_55"},
    };
    for (const auto& r : rows) {
        INFO(r.label);
        const Article a = parse(std::string("Forum\nFrage stellen\nAnmelden\n") + r.title + "\n" + r.label + "\n" +
                                r.date + "\n" + r.text + "\n");
        CHECK(a.headline.value_or("") == r.title);
        CHECK(a.authors == std::vector<std::string>{r.author});
        // (the label is no paragraph of the text, nor its lede)
        CHECK(a.lede.value_or("") != r.label);
        for (const auto& s : a.sections)
            CHECK(std::find(s.paragraphs.begin(), s.paragraphs.end(), std::string(r.label)) == s.paragraphs.end());
    }
}
