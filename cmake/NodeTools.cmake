# wasm programs that run under node at build or test time (the text twin's
# exporter, the core tests, the schema-parity validator): node's file system,
# exit at the end. They link at -O1: LTO at -Os (the app's flags) spent
# minutes per link on programs whose size nobody downloads.
function(pw_node_program target)
  set_target_properties(${target} PROPERTIES SUFFIX ".js")
  target_link_options(${target} PRIVATE -O1 -sNODERAWFS=1 -sENVIRONMENT=node -sEXIT_RUNTIME=1
                                        -sALLOW_MEMORY_GROWTH=1)
endfunction()
