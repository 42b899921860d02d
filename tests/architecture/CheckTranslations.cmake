# SPDX-License-Identifier: GPL-3.0-or-later
# English and French ship complete: lupdate is run over the sources into copies of the committed .ts files (the
# committed ones are never touched), then every French message must be translated, and every English plural
# (numerus) message must have its forms. A new tr() string that nobody translated fails here.
# lupdate reads the same project description as the build's update_translations (sources and include paths, so
# that the contexts are the same), made here from the .cmake file the configure step writes, as Qt's own lupdate
# target makes it. Inputs: -DROOT=<source dir> -DLUPDATE=<lupdate> -DPROJECT_IN=<.lupdate/..._project.cmake>
# -DGENERATOR=<Qt6LinguistTools' GenerateLUpdateProject.cmake> -DWORK=<scratch dir>
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
foreach(lang en fr)
    configure_file("${ROOT}/resources/translations/passcode_${lang}.ts" "${WORK}/passcode_${lang}.ts" COPYONLY)
endforeach()
set(PROJECT "${WORK}/project.json")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${PROJECT} -P "${GENERATOR}"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0 OR NOT EXISTS "${PROJECT}")
    message(FATAL_ERROR "The lupdate project description could not be made (${status}):\n${out}")
endif()
execute_process(
    COMMAND "${LUPDATE}" -silent -project "${PROJECT}" -no-obsolete -locations none
            -ts "${WORK}/passcode_en.ts" "${WORK}/passcode_fr.ts"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${out}")
endif()

set(problems "")
file(READ "${WORK}/passcode_fr.ts" fr)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" missing_fr "${fr}")
foreach(m IN LISTS missing_fr)
    string(REGEX REPLACE "[ \t\r\n]*<translation.*" "" m "${m}")
    string(APPEND problems "  French missing: ${m}\n")
endforeach()
file(READ "${WORK}/passcode_en.ts" en)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\">[ \t\r\n]*<numerusform>" missing_en "${en}")
foreach(m IN LISTS missing_en)
    string(REGEX REPLACE "[ \t\r\n]*<translation.*" "" m "${m}")
    string(APPEND problems "  English plural forms missing: ${m}\n")
endforeach()
if(problems)
    message(FATAL_ERROR "Translations are incomplete (run `cmake --build <build> --target update_translations`, "
                        "then translate in resources/translations/):\n${problems}")
endif()
message(STATUS "English and French translations are complete.")
