package org.virtualcampus.identity.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.virtualcampus.identity.boundary.MemberView;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedDataModel;

/**
 * Admin page: find members by name or e-mail and change their roles. Pages through the database.
 */
@Named
@ViewScoped
public class MembersAdminBacking implements Serializable {
  @Inject Members members;
  @Inject PageMessages messages;

  private String query;
  private String roleFilter;
  private String editingId;
  private String editingName;
  private List<String> editingRoles = new ArrayList<>();

  private final PagedDataModel<MemberView> model =
      new PagedDataModel<>(
          paging -> members.search(query, role(), paging).map(MemberView::of), MemberView::id);

  private Role role() {
    return roleFilter == null || roleFilter.isBlank() ? null : Role.valueOf(roleFilter);
  }

  public void edit(MemberView member) {
    editingId = member.id();
    editingName = member.displayName();
    editingRoles = new ArrayList<>(member.roles());
  }

  public void saveRoles() {
    try {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      editingRoles.forEach(r -> roles.add(Role.valueOf(r)));
      members.changeRoles(editingId, roles);
      messages.info("admin.members.rolesSaved", editingName);
    } catch (RuntimeException e) {
      messages.failed(e, "roles");
    }
  }

  public List<String> getAllRoles() {
    return List.of("EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN");
  }

  public PagedDataModel<MemberView> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getRoleFilter() {
    return roleFilter;
  }

  public void setRoleFilter(String roleFilter) {
    this.roleFilter = roleFilter;
  }

  public String getEditingName() {
    return editingName;
  }

  public List<String> getEditingRoles() {
    return editingRoles;
  }

  public void setEditingRoles(List<String> editingRoles) {
    this.editingRoles = editingRoles;
  }
}
