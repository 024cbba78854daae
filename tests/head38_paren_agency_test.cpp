// An agency in a parenthesis closing the byline's name, in capitals or small letters ("Mario Rossi (ANSA)", "Anna
// Muster (dpa)", "Jeanne Dupont (afp)"): the name is the author's, the agency with its parentheses as printed is the
// source tag. The same for a handle after a name over the date line ("Lucía Pedraza @lpedraza": no part of it) and an
// agency after a comma and a word of origin ("Joana Vilaça, da Agência Brasil"). Every line is invented.
#include "byline_rows.hpp"
#include "credits_parts.hpp"

using namespace archive;

namespace {
using Names = std::optional<std::vector<std::string>>;
}

TEST_CASE("an agency in a parenthesis after a name, in any case, is read with it", "[classify][byline][head38]") {
    CHECK(names_over_date("Mario Rossi (ANSA)") == Names({"Mario Rossi", "(ANSA)"}));     // it, capitals
    CHECK(names_over_date("Anna Muster (dpa)") == Names({"Anna Muster", "(dpa)"}));       // de, small letters
    CHECK(names_over_date("Jeanne Dupont (afp)") == Names({"Jeanne Dupont", "(afp)"}));   // fr, small letters
    CHECK(names_over_date("Jane Roe (Reuters)") == Names({"Jane Roe", "(Reuters)"}));     // en, a capital first
    // A place in the parenthesis is dropped, a word that names no agency nor place leaves no names line.
    CHECK(names_over_date("Jeanne Dupont (Lausanne)") == Names({"Jeanne Dupont"}));
    CHECK_FALSE(names_over_date("Anna Muster (bearbeitet)"));
    CHECK(named_agency("(ANSA)") == std::optional<std::string>("ansa"));
    CHECK(named_agency("(dpa)") == std::optional<std::string>("dpa"));
    CHECK_FALSE(named_agency("(Lausanne)"));
    CHECK_FALSE(named_agency("()"));
}

namespace {
// The record of a page of one paragraph under `title` with `byline` and a date line over it: its authors, and the
// source tag's raw text and first agency ("" when none).
struct Signed {
    std::vector<std::string> authors;
    std::string raw, agency;
};
Signed signed_page(const char* language, const char* title, const std::string& byline, const char* date,
                   const char* text) {
    const Article a = test::page_under_title(language, title, byline + "\n" + date, text);
    Signed out{a.authors, "", ""};
    if (a.source_tag) {
        out.raw = a.source_tag->raw;
        out.agency = a.source_tag->agencies.empty() ? "" : a.source_tag->agencies.front();
    }
    return out;
}
const char* const de_title = "Die Fähren am Morgen fahren später";
const char* const de_text = "Die Fähren fuhren heute Morgen später ab, weil der Wind über der Bucht sehr stark geweht hat.";
} // namespace

TEST_CASE("a name and an agency in a parenthesis over the date: the author and the tag as printed",
          "[classify][byline][head38]") {
    const Signed de = signed_page("de", de_title, "Anna Muster (dpa)", "3. März 2021", de_text);
    CHECK(de.authors == std::vector<std::string>{"Anna Muster"});
    CHECK(de.raw == "(dpa)");
    CHECK(de.agency == "dpa");
    const Signed fr = signed_page(
        "fr", "Les traversées du matin partent en retard", "Jeanne Dupont (afp)", "3 mars 2021",
        "Les bateaux sont partis plus tard ce matin, parce que le vent soufflait fort sur la baie du port.");
    CHECK(fr.authors == std::vector<std::string>{"Jeanne Dupont"});
    CHECK(fr.raw == "(afp)");
    CHECK(fr.agency == "afp");
    const Signed it = signed_page(
        "it", "I traghetti del mattino partono in ritardo", "Mario Rossi (ANSA)", "3 marzo 2021",
        "I traghetti sono partiti in ritardo questa mattina, perché il vento soffiava forte sulla baia del porto.");
    CHECK(it.authors == std::vector<std::string>{"Mario Rossi"});
    CHECK(it.raw == "(ANSA)");
}

// An organisation's name after a slash closing the byline ("Ana Ruiz / Agencia Tributaria"): no author, and no source
// tag unless it names a news agency ("Ana Ruiz / Agencia EFE").
TEST_CASE("an organisation after a slash is no author", "[classify][byline][head38]") {
    CHECK(organisation_name("Agencia Tributaria"));        // es
    CHECK(organisation_name("Universität Bern"));          // de
    CHECK(organisation_name("Ministero della Salute"));    // it
    CHECK(organisation_name("Agence régionale de santé")); // fr
    CHECK_FALSE(organisation_name("Ana Ruiz"));
    CHECK_FALSE(organisation_name("Agencia"));             // one word: no name
    CHECK_FALSE(organisation_name("agencia tributaria"));  // no capital: no name
    CHECK_FALSE(slashed_names_line("Ana Ruiz / Agencia Tributaria"));
    CHECK(slashed_names_line("Ana Ruiz / Pedro Gil") == Names({"Ana Ruiz", "Pedro Gil"}));
    CHECK(names_over_date("Ana Ruiz / Agencia Tributaria") == Names({"Ana Ruiz"}));         // es
    CHECK(names_over_date("Anna Muster / Universität Bern") == Names({"Anna Muster"}));     // de
    CHECK(names_over_date("Mario Rossi / Ministero della Salute") == Names({"Mario Rossi"})); // it
    CHECK(names_over_date("Ana Ruiz / Agencia EFE") == Names({"Ana Ruiz", "Agencia EFE"})); // a news agency: kept
    CHECK_FALSE(name_agency_signature("Ana Ruiz / Agencia Tributaria"));
    const Signed es = signed_page(
        "es", "Los transbordadores de la mañana salen tarde", "Ana Ruiz / Agencia Tributaria", "3 de marzo de 2021",
        "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.");
    CHECK(es.authors == std::vector<std::string>{"Ana Ruiz"});
    CHECK(es.raw.empty());
    const Signed de = signed_page("de", de_title, "Anna Muster / Universität Bern", "3. März 2021", de_text);
    CHECK(de.authors == std::vector<std::string>{"Anna Muster"});
    CHECK(de.raw.empty());
}

TEST_CASE("a handle after a name over the date line is no part of it", "[classify][byline][probe98]") {
    CHECK(names_over_date("Lucía Pedraza @lpedraza") == Names({"Lucía Pedraza"}));          // es
    CHECK(names_over_date("Joana Vilaça @joana_vilaca") == Names({"Joana Vilaça"}));        // pt
    CHECK(names_over_date("Anouk Verhoef - @anoukv") == Names({"Anouk Verhoef"}));          // nl, a dash before it
    CHECK(names_over_date("Jane Holloway | @jholloway") == Names({"Jane Holloway"}));       // en, a bar before it
    CHECK(names_over_date("Giulia Marchetti @g.marchetti") == Names({"Giulia Marchetti"})); // it, a dot in it
    // "Lucía Pedraza y Javier Romero | Madrid": names joined by a joiner before the place.
    CHECK(names_over_date("Lucía Pedraza y Javier Romero | Madrid") == Names({"Lucía Pedraza", "Javier Romero"}));
    CHECK(names_over_date("Anna Muster und Lena Brandt - Bern") == Names({"Anna Muster", "Lena Brandt"}));
    CHECK_FALSE(names_over_date("Lucía Pedraza y la alcaldesa | Madrid"));
    // Near misses: a handle alone names nobody, an address is no handle, words after the handle keep the line whole.
    CHECK_FALSE(names_over_date("@lpedraza"));
    CHECK_FALSE(names_over_date("Lucía Pedraza @lpedraza Madrid y Bilbao"));
    CHECK_FALSE(names_over_date("Lucía Pedraza @ Teatro Real"));
}

TEST_CASE("an agency after a word of origin closes a name over the date line", "[classify][byline][probe98]") {
    CHECK(names_over_date("Joana Vilaça, da Agência Brasil") == Names({"Joana Vilaça", "Agência Brasil"})); // pt
    CHECK(names_over_date("Ana Ruiz, de EFE") == Names({"Ana Ruiz", "EFE"}));                              // es
    CHECK(names_over_date("Mario Rossi, per ANSA") == Names({"Mario Rossi", "ANSA"}));                     // it
    CHECK(names_over_date("Anouk Verhoef, van ANP") == Names({"Anouk Verhoef", "ANP"}));                   // nl
    CHECK(names_over_date("Jane Roe, of Reuters") == Names({"Jane Roe", "Reuters"}));                      // en
    // Near misses: an origin word before no agency, or an agency with no origin word of the list before it.
    CHECK_FALSE(names_over_date("Joana Vilaça, da Câmara Municipal"));
    CHECK_FALSE(names_over_date("Ana Ruiz, contra EFE"));
}

namespace {
// A page in `lang` (es, pt or it) of one paragraph with `byline` and a date line under its title.
Signed signed_council_page(const std::string& lang, const char* byline) {
    if (lang == "pt")
        return signed_page("pt", "Câmara de Serra Alta aprova orçamento de 48 milhões para 2027", byline,
                           "07/12/2026 10:12",
                           "A Câmara Municipal de Serra Alta aprovou esta segunda-feira o orçamento para 2027 com os "
                           "votos da maioria, depois de um debate de quatro horas.");
    if (lang == "it")
        return signed_page("it", "Il consiglio comunale di Roccalta approva il bilancio per il 2027", byline,
                           "07/12/2026 10:12",
                           "Il consiglio comunale di Roccalta ha approvato lunedì sera il bilancio di previsione per "
                           "il 2027 con i voti della maggioranza e l'astensione di due consiglieri.");
    return signed_page("es", "El ayuntamiento de Robledal aprueba el presupuesto municipal para 2027", byline,
                       "07/12/2026 10:12",
                       "El pleno del ayuntamiento de Robledal aprobó este lunes el presupuesto municipal para 2027 "
                       "con los votos del equipo de gobierno y la abstención de dos concejales.");
}

struct SignedRow {
    const char* lang;
    const char* byline;
    std::vector<std::string> authors;
    const char* agency; // "" when none
};
} // namespace

TEST_CASE("pages signed by a name and a handle, a desk or an agency named with its noun",
          "[classify][byline][probe98]") {
    const SignedRow rows[] = {
        // a handle after the name over the date line; an agency after a word of origin
        {"es", "Lucía Pedraza @lpedraza", {"Lucía Pedraza"}, ""},
        {"pt", "Joana Vilaça, da Agência Brasil", {"Joana Vilaça"}, "agencia-brasil"},
        // a desk and an agency after its slash (the line was read as a picture's credit)
        {"es", "Por Redacción / AFP", {}, "afp"},
        {"it", "Di Redazione / ANSA", {}, "ansa"},
        // an agency named with its noun in a labelled byline
        {"it", "Di Agenzia ANSA", {}, "ansa"},
        {"es", "Por Ana Ruiz y Agencia AFP", {"Ana Ruiz"}, "afp"},
        // near misses: a person after the desk's slash; an agency's noun before no agency's name
        {"es", "Por Redacción / Ana Ruiz", {"Ana Ruiz"}, ""},
        {"it", "Di Agenzia Roccalta Sviluppo", {"Agenzia Roccalta Sviluppo"}, ""},
    };
    for (const SignedRow& r : rows) {
        INFO(r.byline);
        const Signed got = signed_council_page(r.lang, r.byline);
        CHECK(got.authors == r.authors);
        CHECK(got.agency == r.agency);
    }
    CHECK(signed_council_page("it", "Di Agenzia ANSA").raw == "Agenzia ANSA");
}
