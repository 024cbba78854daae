// A short line without a stop closed by an agency in parentheses under the text's last paragraph ("L'ingresso del
// tribunale di Borgoterra (ANSA)", "Le palais de justice de Valmont (AFP)", "Der Eingang des Landgerichts in Seetal
// (dpa)") is a picture's caption and that agency its credit, apart from the text's source tag: the agency alone on
// its line, or closing a sentence of the text. (media.cpp, picture_under_text().) Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

struct Closing {
    const char* page;    // head and text, the text's last paragraph closed by a stop
    const char* line;    // the line under it
    const char* caption; // its caption, or null when the line is no picture's
    const char* credit;
};

const char* const it_text = "Truffa agli anziani, condannati i due finti carabinieri\ndi Lucia Ferrandi\n"
                            "07 dicembre 2026, 10:12\nBORGOTERRA - Sei anni di reclusione ciascuno per i due uomini "
                            "che si fingevano carabinieri per entrare nelle case degli anziani.\nSecondo l'accusa, "
                            "i due imputati avevano sottratto gioielli e contanti per oltre novantamila euro.\n";
const char* const fr_text = "Deux faux policiers condamnés à Valmont\nPar Claire Ferrand\nPublié le 07/12/2026 à "
                            "10h12\nValmont (AFP) - Deux hommes qui se faisaient passer pour des policiers ont été "
                            "condamnés lundi à cinq ans de prison.\nLa défense a annoncé son intention de faire "
                            "appel de ce jugement dans les prochains jours.\n";
const char* const de_text = "Falsche Polizisten zu fünf Jahren Haft verurteilt\nVon Claudia Ferber\n07.12.2026, "
                            "10:12 Uhr\nSeetal (dpa) - Zwei Männer, die sich als Polizisten ausgegeben hatten, sind "
                            "am Montag zu je fünf Jahren Haft verurteilt worden.\nDie Verteidigung kündigte an, "
                            "Revision gegen das Urteil einzulegen.\n";
const char* const en_text = "Two fake police officers jailed for five years\nBy Clara Fenwick\n7 December 2026\n"
                            "WESTHAVEN (Reuters) - Two men who posed as police officers were jailed for five years "
                            "each on Monday, a court ruled.\nThe defence said it would appeal against the sentence "
                            "in the coming days.\n";

} // namespace

TEST_CASE("a short line closed by an agency in parentheses under the text's last paragraph is a caption",
          "[media][media97]") {
    const Closing rows[] = {
        // (The text's tag alone on the line under the caption.)
        {it_text, "L'ingresso del tribunale di Borgoterra (ANSA)\n(ANSA)", "L'ingresso del tribunale di Borgoterra",
         "(ANSA)"},
        {fr_text, "Le palais de justice de Valmont (AFP)", "Le palais de justice de Valmont", "(AFP)"},
        {de_text, "Der Eingang des Landgerichts in Seetal (dpa)", "Der Eingang des Landgerichts in Seetal", "(dpa)"},
        {en_text, "The entrance of the Westhaven Crown Court (Reuters)", "The entrance of the Westhaven Crown Court",
         "(Reuters)"},
    };
    for (const Closing& r : rows) {
        INFO(r.line);
        const Article a = parse(std::string(r.page) + r.line + "\nArgomenti\nPrivacy policy\n", "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        CHECK(a.source_tag.has_value());
    }
}

TEST_CASE("the agency alone, a sentence closed by its tag or a name before the agency under the text is no caption",
          "[media][media97]") {
    const Closing rows[] = {
        {it_text, "(ANSA)", nullptr, nullptr},
        {fr_text, "La décision sera rendue le mois prochain. (AFP)", nullptr, nullptr},
        {de_text, "Anna Muster (dpa)", nullptr, nullptr},
        {en_text, "The entrance of the court (file photo)", nullptr, nullptr},
        {it_text, "Il procuratore di Borgoterra (Comune)", nullptr, nullptr},
    };
    for (const Closing& r : rows) {
        INFO(r.line);
        const Article a = parse(std::string(r.page) + r.line + "\nArgomenti\nPrivacy policy\n", "page.txt");
        CHECK(std::none_of(a.media.begin(), a.media.end(), [&](const Media& m) {
            return m.credit && (*m.credit == "(ANSA)" || *m.credit == "(AFP)" || *m.credit == "(dpa)");
        }));
    }
}
