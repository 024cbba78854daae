// An author's name with the text agency after a slash ("Jeanne Dupont / ATS", "Anna Muster / dpa", "Mario Rossi /
// ANSA") standing right over the text's first paragraph, with no date line under it, signs the text: the byline
// (authors and source tag), no body paragraph and no picture's credit taking the standfirst for its caption. A
// photographer's name in capitals with the agency under a caption stays the picture's credit, and a name with an
// agency between two paragraphs of the text is no byline of the text.
#include <catch2/catch.hpp>

#include "credits_parts.hpp"
#include "pipeline.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

std::string page(const std::string& headline, const std::string& standfirst, const std::string& signature,
                 const std::string& first, const std::string& second) {
    return headline + "\n" + standfirst + "\n" + signature + "\n" + first + "\n" + second + "\n";
}

// "Jeanne Dupont | ats | lede, no picture": the record's authors, its source tag's agencies, whether it has a lede
// and pictures; "signature in the text" when the signature line stayed a paragraph.
std::string signed_as(const Article& a) {
    std::string out;
    for (const auto& name : a.authors)
        out += (out.empty() ? "" : ", ") + name;
    out += " |";
    if (a.source_tag)
        for (const auto& id : a.source_tag->agencies)
            out += " " + id;
    out += a.lede ? " | lede" : " | no lede";
    out += a.media.empty() ? ", no picture" : ", a picture";
    for (const auto& s : a.sections)
        for (const auto& para : s.paragraphs)
            if (para.find(" / ") != std::string::npos)
                out += ", signature in the text";
    return out;
}

} // namespace

TEST_CASE("a name with a text agency over the first paragraph, no date under it, is the byline",
          "[classify][head33]") {
    // (Each page, then what its record says.)
    const std::vector<std::pair<std::string, std::string>> rows = {
        {page("Le port de Morges ferme ses quais après la tempête",
              "La commune demande aux promeneurs d'éviter les rives jusqu'à la fin de la semaine, le temps des "
              "réparations.",
              "Jeanne Dupont / ATS",
              "Les quais du port de Morges resteront fermés jusqu'à vendredi, a indiqué mardi la commune dans un "
              "communiqué publié après la tempête de la nuit.",
              "Plusieurs bateaux ont été endommagés et deux pontons arrachés par les vagues."),
         "Jeanne Dupont | ats | lede, no picture"},
        {page("Fähre zwischen Konstanz und Meersburg fällt bis Freitag aus",
              "Nach einem Motorschaden müssen Pendler den Umweg über die Straße nehmen, die Reederei sucht Ersatz.",
              "Anna Muster / dpa",
              "Die Autofähre zwischen Konstanz und Meersburg fällt nach einem Motorschaden bis mindestens Freitag "
              "aus, wie die Stadtwerke am Dienstag mitteilten.",
              "Ein Ersatzschiff soll frühestens am Wochenende eingesetzt werden."),
         "Anna Muster | dpa | lede, no picture"},
        {page("Chiuso il porto di Lerici dopo la mareggiata",
              "Il comune chiede ai residenti di evitare il lungomare fino alla fine della settimana per i lavori.",
              "Mario Rossi / ANSA",
              "Il porto di Lerici resterà chiuso fino a venerdì, ha comunicato martedì il comune in una nota "
              "diffusa dopo la mareggiata della notte.",
              "Diverse imbarcazioni sono state danneggiate e due pontili sono stati divelti dalle onde."),
         "Mario Rossi | ansa | lede, no picture"},
    };
    for (const auto& [text, record] : rows) {
        INFO(text);
        CHECK(signed_as(parse(text, "page.txt")) == record);
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
