// An author's name with the text agency after a slash ("Jeanne Dupont / ATS", "Anna Muster / dpa", "Mario Rossi /
// ANSA") standing right over the text's first paragraph, with no date line under it, signs the text: the byline
// (authors and source tag), no body paragraph and no picture's credit taking the standfirst for its caption. A
// photographer's name in capitals with the agency under a caption stays the picture's credit, and a name with an
// agency between two paragraphs of the text is no byline of the text.
#include <catch2/catch.hpp>

#include "credits_parts.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

std::string page(const std::string& headline, const std::string& standfirst, const std::string& signature,
                 const std::string& first, const std::string& second) {
    return headline + "\n" + standfirst + "\n" + signature + "\n" + first + "\n" + second + "\n";
}

} // namespace

TEST_CASE("a name with a text agency over the first paragraph, no date under it, is the byline",
          "[classify][head33]") {
    struct Row {
        const char* lang;
        std::string text;
        const char* author;
        const char* agency;
    };
    const std::vector<Row> rows = {
        {"fr",
         page("Le port de Morges ferme ses quais après la tempête",
              "La commune demande aux promeneurs d'éviter les rives jusqu'à la fin de la semaine, le temps des "
              "réparations.",
              "Jeanne Dupont / ATS",
              "Les quais du port de Morges resteront fermés jusqu'à vendredi, a indiqué mardi la commune dans un "
              "communiqué publié après la tempête de la nuit.",
              "Plusieurs bateaux ont été endommagés et deux pontons arrachés par les vagues."),
         "Jeanne Dupont", "ats"},
        {"de",
         page("Fähre zwischen Konstanz und Meersburg fällt bis Freitag aus",
              "Nach einem Motorschaden müssen Pendler den Umweg über die Straße nehmen, die Reederei sucht Ersatz.",
              "Anna Muster / dpa",
              "Die Autofähre zwischen Konstanz und Meersburg fällt nach einem Motorschaden bis mindestens Freitag "
              "aus, wie die Stadtwerke am Dienstag mitteilten.",
              "Ein Ersatzschiff soll frühestens am Wochenende eingesetzt werden."),
         "Anna Muster", "dpa"},
        {"it",
         page("Chiuso il porto di Lerici dopo la mareggiata",
              "Il comune chiede ai residenti di evitare il lungomare fino alla fine della settimana per i lavori.",
              "Mario Rossi / ANSA",
              "Il porto di Lerici resterà chiuso fino a venerdì, ha comunicato martedì il comune in una nota "
              "diffusa dopo la mareggiata della notte.",
              "Diverse imbarcazioni sono state danneggiate e due pontili sono stati divelti dalle onde."),
         "Mario Rossi", "ansa"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << "\n" << r.text);
        const Article a = parse(r.text, "page.txt");
        CHECK(a.authors == std::vector<std::string>{r.author});
        REQUIRE(a.source_tag);
        CHECK(std::find(a.source_tag->agencies.begin(), a.source_tag->agencies.end(), r.agency) !=
              a.source_tag->agencies.end());
        CHECK(a.media.empty());
        CHECK(a.lede);
        // (The signature is in no paragraph of the text.)
        for (const auto& s : a.sections)
            for (const auto& para : s.paragraphs)
                CHECK(para.find(" / ") == std::string::npos);
    }
}

TEST_CASE("a photographer's name in capitals with the agency under a caption, no date under it, stays its credit",
          "[classify][head33]") {
    const std::vector<std::string> texts = {
        page("Le port de Morges ferme ses quais après la tempête", "Un ponton arraché par les vagues, mardi matin.",
             "LAURENT GILLIERON / AFP",
             "Les quais du port de Morges resteront fermés jusqu'à vendredi, a indiqué mardi la commune dans un "
             "communiqué publié après la tempête de la nuit.",
             "Plusieurs bateaux ont été endommagés et deux pontons arrachés par les vagues."),
        page("Fähre zwischen Konstanz und Meersburg fällt bis Freitag aus", "Die Fähre im Hafen von Konstanz.",
             "FELIX KÄSTLE / DPA",
             "Die Autofähre zwischen Konstanz und Meersburg fällt nach einem Motorschaden bis mindestens Freitag "
             "aus, wie die Stadtwerke am Dienstag mitteilten.",
             "Ein Ersatzschiff soll frühestens am Wochenende eingesetzt werden."),
    };
    for (const std::string& text : texts) {
        INFO(text);
        const Article a = parse(text, "page.txt");
        CHECK(a.authors.empty());
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].credit);
    }
}

TEST_CASE("a name with an agency between the text's paragraphs is no byline of the text", "[classify][head33]") {
    const std::string text =
        "Le port de Morges ferme ses quais après la tempête\n"
        "La commune demande aux promeneurs d'éviter les rives jusqu'à la fin de la semaine, le temps des "
        "réparations.\n"
        "Les quais du port de Morges resteront fermés jusqu'à vendredi, a indiqué mardi la commune dans un "
        "communiqué publié après la tempête de la nuit.\n"
        "Un ponton arraché par les vagues devant le port, mardi matin après la tempête de la nuit dernière.\n"
        "Jeanne Dupont / AFP\n"
        "Plusieurs bateaux ont été endommagés et deux pontons arrachés par les vagues, selon le chef du port de "
        "la commune.\n";
    const Article a = parse(text, "page.txt");
    CHECK(a.authors.empty());
}
