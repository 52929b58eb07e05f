import type { Handlers } from '../../../shared/api/contract'
import { base64Encode } from '../../../shared/crypto/base64'
import { signedIn, type Access } from '../common/access'
import { safeName } from '../common/file-name'
import type { FrontDoor } from '../common/front-door'
import type { RemoteReviewService } from './remote-review'
import type { WorkflowViews } from './workflow-view'
import type { WorkflowService } from './workflow-service'

type WorkflowChannel = `review.${string}` | 'notice.create' | 'notice.workflow' | 'notice.review' | 'notice.prepareSubmit' | 'notice.submit' | 'notice.approve' | 'notice.reject' | 'notice.withdraw' | 'notice.export'

export type WorkflowHandlerDeps = {
  door: FrontDoor
  access: Access
  workflow: WorkflowService
  views: WorkflowViews
  remote: RemoteReviewService
}

/**
 * The app's front door to the two-person workflow: a handler names who acts (the window's session, and
 * the password it was given for a signature) and the services decide whether they may.
 */
export function workflowHandlers(d: WorkflowHandlerDeps): Pick<Handlers, Extract<keyof Handlers, WorkflowChannel>> {
  const { door, workflow, views, remote } = d
  const credentials = (password: string): { login: string; password: string } => ({ login: signedIn(door.acting()).login, password })
  const view = (id: string) => views.view(id, door.acting() ?? undefined)
  const changed = <T>(id: string, value: T): T => {
    door.noticeChanged(id)
    return value
  }

  return {
    'notice.create': async ({ policy, ...fields }) => {
      const by = door.acting()
      const notice = await workflow.create(fields, { actor: by ? { account: by } : null, policy })
      return changed(notice.id, notice)
    },
    'notice.workflow': ({ id }) => views.viewAs(id, door.acting()),
    'notice.review': ({ id }) => views.reviewAs(id, door.acting()),
    'notice.prepareSubmit': ({ id }) => {
      // only for someone who may submit this notice now: the view reads it as the acting account
      const may = views.viewAs(id, door.acting()).can.submit
      return { id, warmed: may && (door.preparingSubmit?.() ?? false) }
    },
    'notice.submit': async ({ id, password }) => {
      await workflow.submit(id, credentials(password))
      return changed(id, view(id))
    },
    'notice.approve': async ({ id, password, comment }) => {
      await workflow.approve(id, credentials(password), comment)
      return changed(id, view(id))
    },
    'notice.reject': async ({ id, password, reason }) => {
      await workflow.reject(id, credentials(password), reason)
      return changed(id, view(id))
    },
    'notice.withdraw': async ({ id }) => {
      await workflow.withdraw(id, { account: signedIn(door.acting()) })
      return changed(id, view(id))
    },
    'notice.export': async ({ id }) => {
      const { bytes, sha256 } = await workflow.export(id, { account: signedIn(door.acting()) })
      const title = views.review(id).published.title
      door.noticeChanged(id)
      return { fileName: `${safeName(title)}-签名包-${door.now().toISOString().slice(0, 10)}.zip`, data: base64Encode(bytes), sha256 }
    },

    'review.exportRequest': ({ id }) => remote.exportRequest(id, signedIn(door.acting())),
    'review.importRequest': ({ data }) => remote.importRequest(data, signedIn(door.acting())),
    'review.remoteList': () => remote.list(door.acting()),
    'review.remoteGet': ({ id }) => remote.get(id, door.acting()),
    'review.remoteDecide': ({ id, password, decision, comment, reason }) => remote.decide(id, credentials(password), decision, { comment, reason }),
    'review.importDecision': ({ data }) => {
      const id = remote.importDecision(data, signedIn(door.acting()))
      return changed(id, views.view(id, door.acting() ?? undefined))
    },
  }
}
