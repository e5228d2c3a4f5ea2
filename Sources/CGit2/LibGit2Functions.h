// Every libgit2 function the Git module calls, once, as an X-macro:
//   CALL(return type, name, (parameters), (arguments), value returned when it is unavailable)
//   VOID(name, (parameters), (arguments))
// LibGit2Loader.c expands the list into its table of resolved pointers and into the
// forwarding definitions. `git_error_last` and `git_error_clear` are written out by hand
// there, since they also report a libgit2 that could not be loaded.
//
// Calling a libgit2 function the list lacks fails at link time (undefined symbol): add it here
// with the signature from <git2/*.h>; the compiler checks each entry against that declaration.
#define CGIT2_FUNCTIONS(CALL, VOID) \
    VOID(git_blob_free, (git_blob *blob), (blob)) \
    CALL(int, git_blob_lookup, (git_blob **blob, git_repository *repo, const git_oid *id), (blob, repo, id), GIT_ERROR) \
    CALL(const void *, git_blob_rawcontent, (const git_blob *blob), (blob), NULL) \
    CALL(git_object_size_t, git_blob_rawsize, (const git_blob *blob), (blob), 0) \
    VOID(git_buf_dispose, (git_buf *buffer), (buffer)) \
    CALL(const git_signature *, git_commit_author, (const git_commit *commit), (commit), NULL) \
    CALL(const git_signature *, git_commit_committer, (const git_commit *commit), (commit), NULL) \
    CALL(int, git_commit_create, (git_oid *id, git_repository *repo, const char *update_ref, const git_signature *author, const git_signature *committer, const char *message_encoding, const char *message, const git_tree *tree, size_t parent_count, const git_commit *parents[]), (id, repo, update_ref, author, committer, message_encoding, message, tree, parent_count, parents), GIT_ERROR) \
    CALL(const git_oid *, git_commit_id, (const git_commit *commit), (commit), NULL) \
    CALL(const char *, git_commit_message, (const git_commit *commit), (commit), NULL) \
    CALL(const git_oid *, git_commit_parent_id, (const git_commit *commit, unsigned int n), (commit, n), NULL) \
    CALL(unsigned int, git_commit_parentcount, (const git_commit *commit), (commit), 0) \
    CALL(const git_oid *, git_commit_tree_id, (const git_commit *commit), (commit), NULL) \
    CALL(int, git_config_add_file_ondisk, (git_config *cfg, const char *path, git_config_level_t level, const git_repository *repo, int force), (cfg, path, level, repo, force), GIT_ERROR) \
    VOID(git_config_free, (git_config *cfg), (cfg)) \
    CALL(int, git_config_get_string_buf, (git_buf *out, const git_config *cfg, const char *name), (out, cfg, name), GIT_ERROR) \
    VOID(git_config_iterator_free, (git_config_iterator *iter), (iter)) \
    CALL(int, git_config_iterator_glob_new, (git_config_iterator **out, const git_config *cfg, const char *regexp), (out, cfg, regexp), GIT_ERROR) \
    CALL(int, git_config_new, (git_config **out), (out), GIT_ERROR) \
    CALL(int, git_config_next, (git_config_entry **entry, git_config_iterator *iter), (entry, iter), GIT_ERROR) \
    CALL(int, git_credential_default_new, (git_credential **out), (out), GIT_ERROR) \
    CALL(int, git_credential_ssh_key_from_agent, (git_credential **out, const char *username), (out, username), GIT_ERROR) \
    CALL(int, git_credential_username_new, (git_credential **out, const char *username), (out, username), GIT_ERROR) \
    VOID(git_diff_free, (git_diff *diff), (diff)) \
    CALL(const git_diff_delta *, git_diff_get_delta, (const git_diff *diff, size_t idx), (diff, idx), NULL) \
    CALL(size_t, git_diff_num_deltas, (const git_diff *diff), (diff), 0) \
    CALL(int, git_diff_options_init, (git_diff_options *opts, unsigned int version), (opts, version), GIT_ERROR) \
    CALL(int, git_diff_tree_to_tree, (git_diff **diff, git_repository *repo, git_tree *old_tree, git_tree *new_tree, const git_diff_options *opts), (diff, repo, old_tree, new_tree, opts), GIT_ERROR) \
    CALL(int, git_diff_tree_to_workdir_with_index, (git_diff **diff, git_repository *repo, git_tree *old_tree, const git_diff_options *opts), (diff, repo, old_tree, opts), GIT_ERROR) \
    CALL(int, git_fetch_options_init, (git_fetch_options *opts, unsigned int version), (opts, version), GIT_ERROR) \
    CALL(int, git_index_add_all, (git_index *index, const git_strarray *pathspec, unsigned int flags, git_index_matched_path_cb callback, void *payload), (index, pathspec, flags, callback, payload), GIT_ERROR) \
    CALL(size_t, git_index_entrycount, (const git_index *index), (index), 0) \
    VOID(git_index_free, (git_index *index), (index)) \
    CALL(int, git_index_update_all, (git_index *index, const git_strarray *pathspec, git_index_matched_path_cb callback, void *payload), (index, pathspec, callback, payload), GIT_ERROR) \
    CALL(int, git_index_write, (git_index *index), (index), GIT_ERROR) \
    CALL(int, git_index_write_tree, (git_oid *out, git_index *index), (out, index), GIT_ERROR) \
    CALL(int, git_libgit2_init, (void), (), GIT_ERROR) \
    CALL(int, git_message_prettify, (git_buf *out, const char *message, int strip_comments, char comment_char), (out, message, strip_comments, comment_char), GIT_ERROR) \
    VOID(git_object_free, (git_object *object), (object)) \
    CALL(int, git_object_peel, (git_object **peeled, const git_object *object, git_object_t target_type), (peeled, object, target_type), GIT_ERROR) \
    CALL(int, git_oid_equal, (const git_oid *a, const git_oid *b), (a, b), 0) \
    CALL(int, git_oid_fmt, (char *out, const git_oid *id), (out, id), GIT_ERROR) \
    VOID(git_reference_free, (git_reference *ref), (ref)) \
    CALL(int, git_reference_list, (git_strarray *array, git_repository *repo), (array, repo), GIT_ERROR) \
    CALL(int, git_remote_connect, (git_remote *remote, git_direction direction, const git_remote_callbacks *callbacks, const git_proxy_options *proxy_opts, const git_strarray *custom_headers), (remote, direction, callbacks, proxy_opts, custom_headers), GIT_ERROR) \
    CALL(int, git_remote_create_options_init, (git_remote_create_options *opts, unsigned int version), (opts, version), GIT_ERROR) \
    CALL(int, git_remote_create_with_opts, (git_remote **out, const char *url, const git_remote_create_options *opts), (out, url, opts), GIT_ERROR) \
    CALL(int, git_remote_default_branch, (git_buf *out, git_remote *remote), (out, remote), GIT_ERROR) \
    CALL(int, git_remote_fetch, (git_remote *remote, const git_strarray *refspecs, const git_fetch_options *opts, const char *reflog_message), (remote, refspecs, opts, reflog_message), GIT_ERROR) \
    VOID(git_remote_free, (git_remote *remote), (remote)) \
    VOID(git_repository_free, (git_repository *repo), (repo)) \
    CALL(int, git_repository_head, (git_reference **out, git_repository *repo), (out, repo), GIT_ERROR) \
    CALL(int, git_repository_index, (git_index **out, git_repository *repo), (out, repo), GIT_ERROR) \
    CALL(int, git_repository_init_ext, (git_repository **out, const char *repo_path, git_repository_init_options *opts), (out, repo_path, opts), GIT_ERROR) \
    CALL(int, git_repository_init_options_init, (git_repository_init_options *opts, unsigned int version), (opts, version), GIT_ERROR) \
    CALL(int, git_repository_open_ext, (git_repository **out, const char *path, unsigned int flags, const char *ceiling_dirs), (out, path, flags, ceiling_dirs), GIT_ERROR) \
    CALL(const char *, git_repository_path, (const git_repository *repo), (repo), NULL) \
    CALL(int, git_repository_set_head, (git_repository *repo, const char *refname), (repo, refname), GIT_ERROR) \
    CALL(const char *, git_repository_workdir, (const git_repository *repo), (repo), NULL) \
    CALL(int, git_revparse_single, (git_object **out, git_repository *repo, const char *spec), (out, repo, spec), GIT_ERROR) \
    VOID(git_signature_free, (git_signature *sig), (sig)) \
    CALL(int, git_signature_now, (git_signature **out, const char *name, const char *email), (out, name, email), GIT_ERROR) \
    CALL(const git_status_entry *, git_status_byindex, (git_status_list *statuslist, size_t idx), (statuslist, idx), NULL) \
    CALL(size_t, git_status_list_entrycount, (git_status_list *statuslist), (statuslist), 0) \
    VOID(git_status_list_free, (git_status_list *statuslist), (statuslist)) \
    CALL(int, git_status_list_new, (git_status_list **out, git_repository *repo, const git_status_options *opts), (out, repo, opts), GIT_ERROR) \
    CALL(int, git_status_options_init, (git_status_options *opts, unsigned int version), (opts, version), GIT_ERROR) \
    VOID(git_strarray_dispose, (git_strarray *array), (array)) \
    CALL(const git_tree_entry *, git_tree_entry_byindex, (const git_tree *tree, size_t idx), (tree, idx), NULL) \
    CALL(int, git_tree_entry_bypath, (git_tree_entry **out, const git_tree *root, const char *path), (out, root, path), GIT_ERROR) \
    CALL(git_filemode_t, git_tree_entry_filemode, (const git_tree_entry *entry), (entry), GIT_FILEMODE_UNREADABLE) \
    VOID(git_tree_entry_free, (git_tree_entry *entry), (entry)) \
    CALL(const git_oid *, git_tree_entry_id, (const git_tree_entry *entry), (entry), NULL) \
    CALL(const char *, git_tree_entry_name, (const git_tree_entry *entry), (entry), NULL) \
    CALL(git_object_t, git_tree_entry_type, (const git_tree_entry *entry), (entry), GIT_OBJECT_INVALID) \
    CALL(size_t, git_tree_entrycount, (const git_tree *tree), (tree), 0) \
    VOID(git_tree_free, (git_tree *tree), (tree)) \
    CALL(int, git_tree_lookup, (git_tree **out, git_repository *repo, const git_oid *id), (out, repo, id), GIT_ERROR)
